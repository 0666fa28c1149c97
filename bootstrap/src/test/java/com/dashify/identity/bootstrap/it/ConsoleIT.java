package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ConsoleClient.assertOnTokensPage;
import static com.dashify.identity.bootstrap.it.ConsoleClient.createToken;
import static com.dashify.identity.bootstrap.it.ConsoleClient.shownToken;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin console through a headless browser (HtmlUnit): sign-in and who may, the token page's
 * show-once rule, escaping, CSRF defences, cookies, and the one-time setup link.
 */
@ExtendWith(DashifyServer.Extension.class)
class ConsoleIT {

    static final String PASSWORD = "correct horse battery staple";
    private static final String WRONG = "Organisation, user name or password is wrong.";
    private static final String THROTTLED = "Too many failed sign-ins";

    private static int tokenCount(DashifyServer server, ScimClient tenant) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement(
                     "select count(*) from personal_access_tokens where tenant_id = ?")) {
            query.setString(1, tenant.tenantId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The revocation reason of each session record of the tenant's admin, "live" for one not revoked. */
    private static List<String> sessionRecords(DashifyServer server, ScimClient tenant) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select revoked_at, revocation_reason from user_sessions"
                     + " where tenant_id = ? and user_id = ? order by created_at")) {
            query.setString(1, tenant.tenantId());
            query.setString(2, tenant.adminId());
            List<String> reasons = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getObject(1) == null ? "live" : rows.getString(2));
                }
            }
            return reasons;
        }
    }

    @Test
    void adminCreatesATokenThatIsShownOnceAndWorks(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage tokens = console.signIn(tenant, PASSWORD);
            assertOnTokensPage(tokens);
            assertThat(tokens.asNormalizedText()).contains("Initial SCIM token")
                    .contains("quarantine) a provisioning job whose token expires");

            HtmlPage created = createToken(tokens, "Okta provisioning", "never");
            String token = shownToken(created);

            assertThat(token).startsWith("dfy_pat_");
            assertThat(created.getWebResponse().getResponseHeaderValue("Cache-Control")).contains("no-store");
            assertThat(created.getElementById("scim-base-url").getAttribute("value"))
                    .isEqualTo(server.baseUri() + "/scim/v2");
            assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(200);
            // The page's state holds nothing of it: the view state is an id, the token only in markup.
            assertThat(created.getElementByName("jakarta.faces.ViewState").getAttribute("value"))
                    .doesNotContain(token.substring(8));

            HtmlPage reloaded = (HtmlPage) created.refresh();
            HtmlPage reopened = console.open("/admin/");
            assertThat(shownToken(reloaded)).isNull();
            assertThat(reloaded.asXml()).doesNotContain(token.substring(8));
            assertThat(shownToken(reopened)).isNull();
            assertThat(reopened.asXml()).doesNotContain(token.substring(8));
            assertThat(tokenCount(server, tenant)).as("a reload creates nothing").isEqualTo(2);
            assertThat(reopened.asNormalizedText()).contains("Okta provisioning");
        }
    }

    @Test
    void revokedTokenStopsWorkingOnItsNextUse(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage created = createToken(console.signIn(tenant, PASSWORD), "short-lived", "30");
            String token = shownToken(created);
            assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(200);

            HtmlPage tokens = console.open("/admin/");
            HtmlInput revoke = tokens.getFirstByXPath("//form[@id='own']//tr[td[1]='short-lived']//input[@value='Revoke']");
            HtmlPage revoked = ConsoleClient.click(revoke);

            assertThat(revoked.asNormalizedText()).contains("The token was revoked");
            assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(401);
            assertThat(tenant.get("/Users").status()).as("other tokens still work").isEqualTo(200);
        }
    }

    @Test
    void whatUsersTypedIsEscaped(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage created = createToken(console.signIn(tenant, PASSWORD), "<script>alert('x')</script>", "never");

            assertThat(created.getWebResponse().getContentAsString()).doesNotContain("<script>alert")
                    .contains("&lt;script&gt;alert");
        }
    }

    @Test
    void wrongCredentialsAllGetTheSameMessage(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            for (String[] attempt : List.of(new String[] {tenant.tenantName(), tenant.adminUserName(), "wrong password!"},
                    new String[] {tenant.tenantName(), "nobody@example.com", PASSWORD},
                    new String[] {"no-such-org", tenant.adminUserName(), PASSWORD})) {
                HtmlPage page = console.signIn(attempt[0], attempt[1], attempt[2]);
                assertThat(page.getUrl().getPath()).isEqualTo("/admin/login.xhtml");
                assertThat(page.asNormalizedText()).contains("Organisation, user name or password is wrong.");
            }
        }
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'user.sign_in'"
                + " and actor_type = 'anonymous' and outcome = '401' and tenant_id = ?", tenant.tenantId()))
                .as("the two attempts on an existing organisation").isEqualTo(2);
        assertThat(server.queryNumber("select count(*) from audit_records where payload like ?",
                "%wrong password!%")).isZero();
    }

    @Test
    void repeatedWrongPasswordsStopFurtherAttemptsForAWhile(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            for (int i = 0; i < 5; i++) {
                console.signIn(tenant, "wrong password " + i);
            }

            HtmlPage throttled = console.signIn(tenant, PASSWORD);

            assertThat(throttled.getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            assertThat(throttled.asNormalizedText()).contains("Too many failed sign-ins");
        }
    }

    @Test
    void fortyParallelWrongPasswordsGetFiveChecksAndTheRightOneIsThenRefused(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        // An address of its own, so that these failures do not throttle the other tests' sign-ins.
        InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 12, (byte) (2 + new Random().nextInt(250))});
        int attempts = 40;
        List<ConsoleClient> consoles = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<HtmlInput> buttons = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                ConsoleClient console = new ConsoleClient(server, address);
                consoles.add(console);
                buttons.add(ConsoleClient.fillSignIn(console.open("/admin/login.xhtml"), tenant.tenantName(),
                        tenant.adminUserName(), "wrong password " + i));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (HtmlInput button : buttons) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ConsoleClient.click(button).asNormalizedText();
                }));
            }
            start.countDown();
            int throttled = 0;
            for (Future<String> answer : answers) {
                String page = answer.get(5, TimeUnit.MINUTES);
                assertThat(page).containsAnyOf(WRONG, THROTTLED);
                throttled += page.contains(THROTTLED) ? 1 : 0;
            }

            assertThat(server.queryNumber("select count(*) from audit_records where action = 'user.sign_in'"
                    + " and outcome = '401' and tenant_id = ?", tenant.tenantId()))
                    .as("passwords checked (each check of a wrong one is audited)").isEqualTo(5);
            assertThat(throttled).isEqualTo(attempts - 5);
            try (ConsoleClient owner = new ConsoleClient(server, address)) {
                HtmlPage refused = owner.signIn(tenant, PASSWORD);
                assertThat(refused.getUrl().getPath()).isEqualTo("/admin/login.xhtml");
                assertThat(refused.asNormalizedText()).contains(THROTTLED);
            }
        } finally {
            pool.shutdownNow();
            consoles.forEach(ConsoleClient::close);
        }
    }

    @Test
    void onlyActiveOrgAdminsGetInAndADemotedAdminLosesTheConsoleAtOnce(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            assertOnTokensPage(console.signIn(tenant, PASSWORD));

            DashifyServer.Response demoted = tenant.patch("/Users/" + tenant.adminId(), """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations":[{"op":"add","path":"roles","value":[{"value":"Viewer","primary":true}]}]}
                    """);
            assertThat(demoted.status()).isEqualTo(200);

            HtmlPage next = console.open("/admin/tokens.xhtml");
            assertThat(next.getUrl().getPath()).isEqualTo("/admin/denied.xhtml");
            assertThat(next.asNormalizedText()).contains("Not allowed").contains("Your role is Viewer");
            HtmlPage home = ConsoleClient.clickLink(next.getAnchorByText("Go to your home page"));
            assertThat(home.getElementById("role").getTextContent()).as("still signed in, as what they are now")
                    .isEqualTo("Viewer");
            assertThat(home.getAnchors()).noneMatch(link -> link.getTextContent().equals("Admin console"));
        }
        try (ConsoleClient again = new ConsoleClient(server)) {
            assertThat(again.signIn(tenant, PASSWORD).getUrl().getPath()).as("a non-admin lands on their home page")
                    .isEqualTo("/app/index.xhtml");
        }
    }

    @Test
    void deactivatedAdminCannotSignIn(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        tenant.patch("/Users/" + tenant.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage page = console.signIn(tenant, PASSWORD);

            assertThat(page.getUrl().getPath()).isEqualTo("/admin/denied.xhtml");
        }
    }

    @Test
    void eachSignInIsASessionRecordThatTheConsoleChecksOnEveryRequest(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            assertOnTokensPage(console.signIn(tenant, PASSWORD));
            assertThat(sessionRecords(server, tenant)).containsExactly("live");

            // As another node would on sign-out elsewhere: only the record changes, not this node's memory.
            try (Connection db = server.connectToDatabase();
                 PreparedStatement revoke = db.prepareStatement("update user_sessions set revoked_at = current_timestamp,"
                         + " revocation_reason = 'revoked elsewhere' where user_id = ?")) {
                revoke.setString(1, tenant.adminId());
                assertThat(revoke.executeUpdate()).isEqualTo(1);
            }

            assertThat(console.open("/admin/").getUrl().getPath()).isEqualTo("/admin/login.xhtml");
        }
    }

    @Test
    void deactivationSignsTheAdminOutOfAnOpenConsoleBeforeTheirNextRequest(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient first = new ConsoleClient(server); ConsoleClient second = new ConsoleClient(server)) {
            HtmlPage tokens = first.signIn(tenant, PASSWORD);
            assertOnTokensPage(second.signIn(tenant, PASSWORD));

            DashifyServer.Response deactivated = tenant.put("/Users/" + tenant.adminId(), """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                     "userName":"%s","active":false}""".formatted(tenant.adminUserName()));
            assertThat(deactivated.status()).isEqualTo(200);

            HtmlPage next = createToken(tokens, "made after deactivation", "30");
            assertThat(next.getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            assertThat(second.open("/admin/").getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            assertThat(sessionRecords(server, tenant)).containsExactly("owner deactivated", "owner deactivated");
        }
        assertThat(tokenCount(server, tenant)).as("the post after deactivation created nothing").isEqualTo(1);
    }

    @Test
    void sessionCookieIsHttpOnlyLaxAndRenewedAtSignIn(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        // A console page asked for signed out keeps no session: the guard sends it to the sign-in page.
        assertThat(server.get("/admin/tokens.xhtml").header("Set-Cookie")).isEmpty();
        // A passkey sign-in's challenge does; its id is what a session fixation would plant.
        String header = server.send("POST", server.localhostUri() + "/passkey/options",
                Map.of("Content-Type", "application/json", "Origin", server.localhostUri().toString()), "{}")
                .header("Set-Cookie").orElseThrow();
        String planted = header.split(";", 2)[0].split("=", 2)[1];
        try (ConsoleClient console = new ConsoleClient(server)) {
            console.browser.getCookieManager().addCookie(
                    new Cookie(server.baseUri().getHost(), "JSESSIONID", planted, "/", null, false, true));

            console.signIn(tenant, PASSWORD);
            Cookie after = console.browser.getCookieManager().getCookie("JSESSIONID");

            assertThat(header).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(after.getValue()).isNotEqualTo(planted);
            assertThat(after.isHttpOnly()).isTrue();
        }
    }

    @Test
    void signOutEndsTheSession(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage tokens = console.signIn(tenant, PASSWORD);
            String session = console.browser.getCookieManager().getCookie("JSESSIONID").getValue();

            HtmlPage out = ConsoleClient.click(tokens.getFormByName("signOutForm").getInputByName("signOutForm:signOut"));

            assertThat(out.getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            assertThat(out.asNormalizedText()).contains("You are signed out.");
            assertThat(sessionRecords(server, tenant)).containsExactly("signed out");
            assertThat(console.open("/admin/").getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            // The old session id opens nothing either.
            DashifyServer.Response replay = server.send("GET", "/admin/", Map.of("Cookie", "JSESSIONID=" + session), null);
            assertThat(replay.status()).isEqualTo(302);
            assertThat(replay.header("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin/login.xhtml"));
        }
    }

    @Test
    void forgedOrReplayedPostsChangeNothing(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient alice = new ConsoleClient(server); ConsoleClient mallory = new ConsoleClient(server)) {
            HtmlPage tokens = alice.signIn(tenant, PASSWORD);
            HtmlForm form = tokens.getFormByName("create");
            String viewState = form.getInputByName("jakarta.faces.ViewState").getValue();
            String submission = form.getInputByName("create:submission").getValue();
            URL action = new URL(server.baseUri() + "/admin/tokens.xhtml");
            alice.browser.getOptions().setRedirectEnabled(false);
            int before = tokenCount(server, tenant);

            // 1. A foreign Origin, with a valid session and view state: refused before anything runs.
            WebRequest foreign = createRequest(action, viewState, submission);
            foreign.setAdditionalHeader("Origin", "https://evil.example");
            assertThat(alice.browser.loadWebResponse(foreign).getStatusCode()).isEqualTo(403);

            // 2. No view state: Faces refuses the post, and the browser is sent back to the console's entry.
            WebRequest noViewState = createRequest(action, null, submission);
            noViewState.setAdditionalHeader("Origin", server.baseUri().toString());
            assertThat(alice.browser.loadWebResponse(noViewState).getStatusCode()).isIn(302, 303);

            // 3. Alice's view state replayed from another session (Mallory, signed in to the same tenant).
            // Signed in with redirects followed: what a server sends with a redirect is its own affair.
            mallory.signIn(tenant, PASSWORD);
            mallory.browser.getOptions().setRedirectEnabled(false);
            WebRequest replayed = createRequest(action, viewState, submission);
            replayed.setAdditionalHeader("Origin", server.baseUri().toString());
            assertThat(mallory.browser.loadWebResponse(replayed).getStatusCode()).isIn(302, 303);

            // 4. Neither Origin nor Referer, as a forger outside a browser would send it.
            WebRequest anonymous = createRequest(action, viewState, submission);
            assertThat(alice.browser.loadWebResponse(anonymous).getStatusCode()).isEqualTo(403);

            // 5. A revoke with a foreign Origin.
            HtmlForm own = tokens.getFormByName("own");
            HtmlInput revoke = tokens.getFirstByXPath("//form[@id='own']//input[@value='Revoke']");
            WebRequest forgedRevoke = new WebRequest(action, HttpMethod.POST);
            forgedRevoke.setRequestParameters(List.of(new NameValuePair("own", "own"),
                    new NameValuePair(revoke.getNameAttribute(), "Revoke"),
                    new NameValuePair("jakarta.faces.ViewState", own.getInputByName("jakarta.faces.ViewState").getValue())));
            forgedRevoke.setAdditionalHeader("Origin", "https://evil.example");
            assertThat(alice.browser.loadWebResponse(forgedRevoke).getStatusCode()).isEqualTo(403);
            assertThat(tenant.get("/Users").status()).as("the token was not revoked").isEqualTo(200);

            assertThat(tokenCount(server, tenant)).isEqualTo(before);

            // The control: the same post from the page's own origin, in Alice's session, does create a token.
            WebRequest genuine = createRequest(action, viewState, submission);
            genuine.setAdditionalHeader("Origin", server.baseUri().toString());
            assertThat(alice.browser.loadWebResponse(genuine).getStatusCode()).isEqualTo(200);
            assertThat(tokenCount(server, tenant)).isEqualTo(before + 1);
        }
    }

    @Test
    void nonAsciiPasswordsAndTokenNamesSurviveTheForms(DashifyServer server) {
        String password = "grüße aus köln ✓ 123";
        ScimClient tenant = ScimClient.forNewTenant(server, password);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage tokens = console.signIn(tenant, password);
            assertOnTokensPage(tokens);

            HtmlPage created = createToken(tokens, "Zürich ✓ provisioning", "never");

            assertThat(shownToken(created)).startsWith("dfy_pat_");
            assertThat(created.asNormalizedText()).contains("Zürich ✓ provisioning");
        }
    }

    private static WebRequest createRequest(URL action, String viewState, String submission) {
        WebRequest request = new WebRequest(action, HttpMethod.POST);
        List<NameValuePair> parameters = new java.util.ArrayList<>(List.of(
                new NameValuePair("create", "create"),
                new NameValuePair("create:submission", submission),
                new NameValuePair("create:name", "forged"),
                new NameValuePair("create:scopes", "scim"),
                new NameValuePair("create:expiry", "never"),
                new NameValuePair("create:createToken", "Create token")));
        if (viewState != null) {
            parameters.add(new NameValuePair("jakarta.faces.ViewState", viewState));
        }
        request.setRequestParameters(parameters);
        return request;
    }

    @Test
    void pathTricksCannotBypassTheConsoleGuard(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage tokens = console.signIn(tenant, PASSWORD);
            HtmlForm form = tokens.getFormByName("create");
            String viewState = form.getInputByName("jakarta.faces.ViewState").getValue();
            String submission = form.getInputByName("create:submission").getValue();
            int before = tokenCount(server, tenant);

            console.browser.getOptions().setRedirectEnabled(false);
            for (String path : List.of("/scim/../admin/tokens.xhtml", "/scim/v2/../../admin/tokens.xhtml",
                    "/admin;x=y/tokens.xhtml", "/%61dmin/tokens.xhtml", "/admin/%74okens.xhtml",
                    "/ADMIN/tokens.xhtml", "/admin//tokens.xhtml", "/admin/./tokens.xhtml")) {
                WebRequest request = createRequest(new URL(server.baseUri() + path), viewState, submission);
                request.setAdditionalHeader("Origin", "https://evil.example");
                int status = console.browser.loadWebResponse(request).getStatusCode();
                // Refused, not found, or redirected elsewhere: never processed.
                assertThat(status / 100).as(path + " answered " + status).isNotEqualTo(2);
            }
            assertThat(tokenCount(server, tenant)).isEqualTo(before);
        }
    }

    @Test
    void aLinkFromAnotherSiteStillOpensTheConsole(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, PASSWORD);
            console.browser.addRequestHeader("Referer", "https://mail.example/inbox");

            HtmlPage entry = console.open("/admin/tokens.xhtml");

            // Faces refuses the protected view for a foreign Referer; the entry page offers a link instead of looping.
            assertThat(entry.getUrl().getPath()).isEqualTo("/admin/index.xhtml");
            console.browser.removeRequestHeader("Referer");
            assertOnTokensPage(ConsoleClient.clickLink(entry.getAnchorByText("Continue to personal access tokens")));
        }
    }

    @Test
    void noCredentialedCorsAnywhere(DashifyServer server) {
        for (String path : List.of("/scim/v2/Users", "/api/v1/tokens", "/admin/login.xhtml", "/health/ready")) {
            for (String method : List.of("GET", "OPTIONS")) {
                DashifyServer.Response response = server.send(method, path, Map.of("Origin", "https://evil.example",
                        "Access-Control-Request-Method", "POST"), null);
                assertThat(response.header("Access-Control-Allow-Origin")).as(method + " " + path).isEmpty();
                assertThat(response.header("Access-Control-Allow-Credentials")).as(method + " " + path).isEmpty();
            }
        }
    }

    @Test
    void setupLinkLetsTheFirstAdminChooseAPasswordOnce(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        assertThat(tenant.setupLink()).contains("/admin/setup.xhtml#dfy_setup_");
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage setup = console.open(tenant.setupLink().substring(server.baseUri().toString().length()));
            HtmlForm form = setup.getFormByName("setup");
            form.<HtmlInput>getInputByName("setup:password").setValue("a brand new passphrase");
            form.<HtmlInput>getInputByName("setup:confirmation").setValue("a brand new passphrase");
            HtmlPage done = ConsoleClient.click(form.getInputByName("setup:save"));

            assertThat(done.getElementById("setupDone")).isNotNull();
            assertThat(done.asNormalizedText()).contains(tenant.tenantName()).contains(tenant.adminUserName());
            assertOnTokensPage(console.signIn(tenant, "a brand new passphrase"));
        }
        try (ConsoleClient again = new ConsoleClient(server)) {
            HtmlPage setup = again.open(tenant.setupLink().substring(server.baseUri().toString().length()));
            HtmlForm form = setup.getFormByName("setup");
            form.<HtmlInput>getInputByName("setup:password").setValue("someone else's passphrase");
            form.<HtmlInput>getInputByName("setup:confirmation").setValue("someone else's passphrase");
            HtmlPage refused = ConsoleClient.click(form.getInputByName("setup:save"));

            assertThat(refused.asNormalizedText()).contains("invalid, used or expired");
            assertThat(again.signIn(tenant, "someone else's passphrase").asNormalizedText())
                    .contains("Organisation, user name or password is wrong.");
        }
    }

    @Test
    void aNewSetupLinkSupersedesTheEarlierOne(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String newer = issueSetupLink(server, tenant);
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage refused = setPassword(console, server, tenant.setupLink(), "the first link's passphrase");
            assertThat(refused.asNormalizedText()).contains("invalid, used or expired");
            assertThat(console.signIn(tenant, "the first link's passphrase").asNormalizedText())
                    .contains("Organisation, user name or password is wrong.");
        }
        try (ConsoleClient console = new ConsoleClient(server)) {
            assertThat(setPassword(console, server, newer, "the newer link's passphrase").getElementById("setupDone"))
                    .isNotNull();
            assertOnTokensPage(console.signIn(tenant, "the newer link's passphrase"));
        }
    }

    @Test
    void aPasswordSetThroughASetupLinkEndsTheSessionsOpenedBefore(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        try (ConsoleClient before = new ConsoleClient(server); ConsoleClient reset = new ConsoleClient(server)) {
            assertOnTokensPage(before.signIn(tenant, PASSWORD));

            HtmlPage done = setPassword(reset, server, issueSetupLink(server, tenant), "a reset passphrase");

            assertThat(done.getElementById("setupDone")).isNotNull();
            assertThat(before.open("/admin/").getUrl().getPath()).isEqualTo("/admin/login.xhtml");
            assertThat(sessionRecords(server, tenant)).containsExactly("password set");
            assertOnTokensPage(reset.signIn(tenant, "a reset passphrase"));
        }
    }

    /** The operator issues a new setup link to the tenant's admin; returns the link. */
    private static String issueSetupLink(DashifyServer server, ScimClient tenant) {
        DashifyServer.Response link = server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/setup-links",
                Map.of("Authorization", "Bearer " + server.operatorToken(), "Content-Type", "application/json"),
                "{\"userName\":\"" + tenant.adminUserName() + "\"}");
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        return ScimClient.json(link.body()).getString("setupLink");
    }

    /** Opens a setup link and chooses a password there; returns the page that answers. */
    private static HtmlPage setPassword(ConsoleClient console, DashifyServer server, String link, String password) {
        HtmlPage setup = console.open(link.substring(server.baseUri().toString().length()));
        HtmlForm form = setup.getFormByName("setup");
        form.<HtmlInput>getInputByName("setup:password").setValue(password);
        form.<HtmlInput>getInputByName("setup:confirmation").setValue(password);
        return ConsoleClient.click(form.getInputByName("setup:save"));
    }

    @Test
    void noTokenOrPasswordInClearInTheDatabaseAuditOrLog(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, PASSWORD);
        String token;
        try (ConsoleClient console = new ConsoleClient(server)) {
            token = shownToken(createToken(console.signIn(tenant, PASSWORD), "Entra provisioning", "90"));
            tenant.withToken(token).get("/Users");
        }
        try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement()) {
            for (String table : List.of("personal_access_tokens", "local_credentials", "audit_records", "users",
                    "password_setups")) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = String.valueOf(rows.getObject(column));
                            assertThat(value).as(table).doesNotContain(token.substring(8))
                                    .doesNotContain(tenant.token().substring(8)).doesNotContain(PASSWORD);
                        }
                    }
                }
            }
        }
        String log = ServerLog.text(server.logFile());
        assertThat(log).doesNotContain(token.substring(8)).doesNotContain(tenant.token().substring(8))
                .doesNotContain(PASSWORD);
    }
}
