package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two nodes over one PostgreSQL behind HAProxy (round robin, no stickiness), started with the
 * operators' script ({@link Cluster}): what one node does, the other knows at once. A deactivation
 * through one node closes a session and tokens used on the other before their next request; the
 * console and the passkey ceremonies work through the balancer although their requests alternate
 * between nodes; the sign-in throttle counts both nodes' attempts together; one {@code userName}
 * created in parallel through both nodes exists once; and the audit chain both nodes' chainers
 * seal verifies after a mixed load.
 */
class ClusterIT {

    static final String PATCH_INACTIVE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"active","value":false}]}""";
    private static final String WRONG = "Organisation, user name or password is wrong.";
    private static final String THROTTLED = "Too many failed sign-ins";
    /** How long a wait for the service's own work (the chainers) may take; not a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static Cluster cluster;

    /** Which node a credential was used on first, and which node the deactivation goes through. */
    enum Nodes {
        USED_ON_1_DEACTIVATED_THROUGH_2(1, 2),
        USED_ON_2_DEACTIVATED_THROUGH_1(2, 1);

        final int usedOn;
        final int deactivatedThrough;

        Nodes(int usedOn, int deactivatedThrough) {
            this.usedOn = usedOn;
            this.deactivatedThrough = deactivatedThrough;
        }
    }

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start("ClusterIT", 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Nodes.class)
    void aBrowserSessionIsRefusedOnTheOtherNodeRightAfterADeactivationThere(Nodes nodes) throws Exception {
        DashifyServer a = cluster.node(nodes.usedOn);
        DashifyServer b = cluster.node(nodes.deactivatedThrough);
        ScimClient tenant = ScimClient.forNewTenant(a, ConsoleIT.PASSWORD);
        ScimClient directory = RolesIT.directory(a, tenant).through(b);

        try (ConsoleClient browser = new ConsoleClient(a)) {
            browser.signIn(tenant, ConsoleIT.PASSWORD);
            assertThat(signedInAs(browser, a)).as("signed in on node " + nodes.usedOn)
                    .isEqualTo(tenant.adminUserName());
            // Cookies belong to a host, not to a port: the same browser presents its session to both nodes.
            assertThat(signedInAs(browser, b)).as("the same session on node " + nodes.deactivatedThrough)
                    .isEqualTo(tenant.adminUserName());

            DashifyServer.Response deactivated = directory.patch("/Users/" + tenant.adminId(), PATCH_INACTIVE);
            assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);

            assertThat(signedInAs(browser, b)).as("the very next request, on the node that deactivated").isNull();
            assertThat(signedInAs(browser, a)).as("and on the node it signed in on").isNull();
        }
        assertThat(a.queryNumber("select count(*) from user_sessions where user_id = ? and revoked_at is null",
                tenant.adminId())).as("open sessions").isZero();
    }

    @ParameterizedTest
    @EnumSource(Nodes.class)
    void aTokenUsedOnOneNodeIsRefusedOnTheOtherRightAfterADeactivationThere(Nodes nodes) {
        DashifyServer a = cluster.node(nodes.usedOn);
        DashifyServer b = cluster.node(nodes.deactivatedThrough);
        ScimClient tenant = ScimClient.forNewTenant(a);
        ScimClient directory = RolesIT.directory(a, tenant).through(b);
        // The tenant's first token belongs to its first admin, who leaves; so does a second one, for the API.
        String apiToken = RolesIT.operatorToken(a, tenant, tenant.adminUserName(), "\"api\"");
        assertThat(tenant.through(a).get("/Users?count=1").status()).as("the scim token on node " + nodes.usedOn)
                .isEqualTo(200);
        assertThat(me(a, apiToken)).as("the api token on node " + nodes.usedOn).isEqualTo(200);
        assertThat(tenant.through(b).get("/Users?count=1").status()).isEqualTo(200);
        assertThat(me(b, apiToken)).isEqualTo(200);

        DashifyServer.Response deactivated = directory.patch("/Users/" + tenant.adminId(), PATCH_INACTIVE);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);

        assertThat(tenant.through(b).get("/Users?count=1").status()).as("the scim token, on the node that deactivated")
                .isEqualTo(401);
        assertThat(me(b, apiToken)).as("the api token, there").isEqualTo(401);
        assertThat(tenant.through(a).get("/Users?count=1").status()).as("the scim token, on the node it was used on")
                .isEqualTo(401);
        assertThat(me(a, apiToken)).as("the api token, there").isEqualTo(401);
    }

    @Test
    void theConsoleFlowWorksThroughTheBalancerWithoutStickiness() throws IOException {
        Instant began = Instant.now();
        DashifyServer balancer = cluster.balancer();
        ScimClient tenant = ScimClient.forNewTenant(balancer, ConsoleIT.PASSWORD);
        WebDriver browser = Chromium.start(Files.createTempDirectory(Path.of("target"), "chromium-").toAbsolutePath());
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Chromium.signIn(browser, balancer.localhostUri().toString(), tenant, ConsoleIT.PASSWORD);

            // Each form is rendered by one node and may be posted to the other: a few, so that some are.
            List<String> tokens = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                browser.findElement(By.id("create:name")).sendKeys("Directory " + i);
                browser.findElement(By.id("create:createToken")).click();
                WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
                String token = shown.getAttribute("value");
                assertThat(token).as("token " + i).startsWith("dfy_pat_");
                tokens.add(token);
                browser.get(balancer.localhostUri() + "/admin/tokens.xhtml");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create:name")));
            }
            for (String token : tokens) {
                assertThat(tenant.withToken(token).get("/Users").status()).isEqualTo(200);
            }

            List<WebElement> revoke = browser.findElements(By.xpath(
                    "//form[@id='own']//tr[td[1]='Directory 2']//input[@value='Revoke']"));
            assertThat(revoke).hasSize(1);
            revoke.get(0).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            Chromium.awaitText(browser, By.id("messages"), "The token was revoked");
            assertThat(tenant.withToken(tokens.get(1)).get("/Users").status()).isEqualTo(401);
            assertThat(tenant.withToken(tokens.get(0)).get("/Users").status()).isEqualTo(200);

            browser.findElement(By.id("signOutForm:signOut")).click();
            wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            assertThat(browser.getPageSource()).contains("You are signed out.");
            browser.get(balancer.localhostUri() + "/admin/");
            wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        } finally {
            browser.quit();
        }
        assertThat(cluster.nodesThatServedSince(began)).as("nodes that served the flow").containsExactly("node-1",
                "node-2");
    }

    @Test
    void passkeysRegisterAndSignInThroughTheBalancerWithoutStickiness() throws Exception {
        Instant began = Instant.now();
        DashifyServer balancer = cluster.balancer();
        ScimClient tenant = ScimClient.forNewTenant(balancer, ConsoleIT.PASSWORD);
        try (PasskeyIT.Browser browser = new PasskeyIT.Browser(balancer)) {
            browser.signInWithPassword(tenant);
            // The challenge is kept by the node that answered for the options, and checked by the one the answer reaches.
            browser.registerPasskey("Cluster laptop");
            assertThat(browser.authenticator.getCredentials()).hasSize(1);
            assertThat(PasskeyIT.storedPasskeys(balancer, tenant.adminUserName()))
                    .isEqualTo("Cluster laptop enabled unused;");

            browser.signOut();
            assertThat(browser.signInWithPasskey()).isEmpty();
            browser.wait.until(ExpectedConditions.urlContains("/admin/"));
            browser.open("/app/");
            assertThat(browser.text(By.id("userName"))).isEqualTo(tenant.adminUserName());
            assertThat(PasskeyIT.storedPasskeys(balancer, tenant.adminUserName()))
                    .isEqualTo("Cluster laptop enabled used;");
        }
        assertThat(cluster.nodesThatServedSince(began)).as("nodes that served the ceremonies")
                .containsExactly("node-1", "node-2");
    }

    /**
     * Java's HTTP client (and others) offer an upgrade to HTTP/2 over plain http ({@code h2c}),
     * and Payara accepts it; should the balancer pass the upgrade on, it tunnels that connection to
     * one node for good: none of its requests balanced, none moved off a node that drains or dies.
     */
    @Test
    void aClientOfferingH2cIsNotUpgradedByTheBalancer() throws Exception {
        HttpClient offeringHttp2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answer = offeringHttp2.send(HttpRequest.newBuilder(
                    cluster.balancer().baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.version()).as("request " + (i + 1) + " on one connection: not upgraded to a tunnel")
                    .isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void fortyParallelWrongPasswordsOverBothNodesGetAtMostFiveChecks() throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(cluster.node(1), ConsoleIT.PASSWORD);
        // An address of its own, so that these failures do not throttle the other tests' sign-ins.
        InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 13, (byte) (2 + new Random().nextInt(250))});
        int attempts = 40;
        List<ConsoleClient> consoles = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<HtmlInput> buttons = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                ConsoleClient console = new ConsoleClient(cluster.node(1 + i % 2), address);
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
            int wrong = 0;
            int throttled = 0;
            for (Future<String> answer : answers) {
                String page = answer.get(5, TimeUnit.MINUTES);
                assertThat(page).containsAnyOf(WRONG, THROTTLED);
                wrong += page.contains(WRONG) ? 1 : 0;
                throttled += page.contains(THROTTLED) ? 1 : 0;
            }
            long checked = cluster.node(1).queryNumber("select count(*) from audit_records where action ="
                    + " 'user.sign_in' and outcome = '401' and tenant_id = ?", tenant.tenantId());
            System.out.printf("Throttle over 2 nodes: %d attempts, %d passwords checked (audited), %d answered"
                    + " wrong, %d throttled%n", attempts, checked, wrong, throttled);

            assertThat(checked).as("passwords checked over both nodes (each check of a wrong one is audited)")
                    .isBetween(1L, 5L);
            assertThat(wrong).as("answers that a password was wrong").isEqualTo((int) checked);
            assertThat(throttled).isEqualTo(attempts - wrong);
            for (int node = 1; node <= 2; node++) {
                try (ConsoleClient owner = new ConsoleClient(cluster.node(node), address)) {
                    HtmlPage refused = owner.signIn(tenant, ConsoleIT.PASSWORD);
                    assertThat(refused.getUrl().getPath()).as("node " + node).isEqualTo("/admin/login.xhtml");
                    assertThat(refused.asNormalizedText()).as("the right password on node " + node).contains(THROTTLED);
                }
            }
        } finally {
            pool.shutdownNow();
            consoles.forEach(ConsoleClient::close);
        }
    }

    @Test
    void parallelCreatesOfOneUserNameThroughBothNodesGiveOneCreated() throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(cluster.node(1));
        String userName = "Only.Once@" + tenant.tenantName() + ".example";
        int creates = 20;
        ExecutorService pool = Executors.newFixedThreadPool(creates);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DashifyServer.Response>> answers = new ArrayList<>();
            for (int i = 0; i < creates; i++) {
                ScimClient through = tenant.through(cluster.node(1 + i % 2));
                // Spelt differently each time: one name whatever its case.
                String spelling = i % 3 == 0 ? userName.toLowerCase(java.util.Locale.ROOT) : userName;
                answers.add(pool.submit(() -> {
                    start.await();
                    return through.post("/Users", """
                            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                             "name":{"givenName":"Only","familyName":"Once"}}""".formatted(spelling));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<DashifyServer.Response> future : answers) {
                DashifyServer.Response answer = future.get(2, TimeUnit.MINUTES);
                if (answer.status() == 201) {
                    created++;
                } else {
                    assertScimError(answer, 409, "uniqueness");
                }
            }
            assertThat(created).as("201s").isOne();
        } finally {
            pool.shutdownNow();
        }
        for (int node = 1; node <= 2; node++) {
            JsonObject found = ScimClient.json(tenant.through(cluster.node(node))
                    .search("userName eq \"" + userName + "\"").body());
            assertThat(found.getInt("totalResults")).as("found through node " + node).isOne();
        }
        assertThat(cluster.node(1).queryNumber("select count(*) from users where tenant_id = ? and lower(user_name) = '"
                + userName.toLowerCase(java.util.Locale.ROOT) + "'", tenant.tenantId())).isOne();
        assertThat(cluster.node(1).queryNumber("select count(*) from audit_records where tenant_id = ?"
                + " and action = 'user.provision' and outcome = 'success' and target_id <> '" + tenant.adminId() + "'",
                tenant.tenantId())).as("one provisioning audited").isOne();
    }

    @Test
    void theAuditChainVerifiesAfterAMixedLoadOnBothNodesWithBothChainersRunning() throws Exception {
        for (int node = 1; node <= 2; node++) {
            assertThat(cluster.node(node).get("/health/ready").status())
                    .as("node " + node + " deployed, so its chainer scheduled (every deployed node runs one)")
                    .isEqualTo(200);
        }
        ScimClient tenant = ScimClient.forNewTenant(cluster.node(1));
        int workers = 4;
        int usersEach = 6;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                ScimClient through = tenant.through(cluster.node(1 + worker % 2));
                int id = worker;
                done.add(pool.submit(() -> mixedLoad(through, id, usersEach)));
            }
            List<String> unexpected = new ArrayList<>();
            for (Future<List<String>> worker : done) {
                unexpected.addAll(worker.get(5, TimeUnit.MINUTES));
            }
            assertThat(unexpected).as("answers other than the expected ones").isEmpty();
        } finally {
            pool.shutdownNow();
        }

        awaitChained(cluster.node(1), tenant.tenantId());
        long records = cluster.node(1).queryNumber("select count(*) from audit_records where tenant_id = ?",
                tenant.tenantId());
        assertThat(records).as("records of the load").isGreaterThan((long) workers * usersEach * 3);
        assertThat(cluster.node(1).queryNumber("select count(*) from audit_chain_links where tenant_id = ?",
                tenant.tenantId())).isEqualTo(records);
        String auditToken = RolesIT.operatorToken(cluster.node(2), tenant, tenant.adminUserName(), "\"audit\"");
        for (int node = 1; node <= 2; node++) {
            JsonObject verified = verify(cluster.node(node), auditToken);
            assertThat(verified.getBoolean("intact")).as("verified by node " + node + ": " + verified).isTrue();
            assertThat(verified.getJsonNumber("checked").longValue()).isGreaterThanOrEqualTo(records);
        }
    }

    /** Creates, renames, deactivates and deletes users through one node; returns what was not as expected. */
    private static List<String> mixedLoad(ScimClient through, int worker, int users) {
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String userName = "mixed-" + worker + "-" + i + "@" + through.tenantName() + ".example";
            DashifyServer.Response created = through.post("/Users", """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                     "name":{"givenName":"Mixed","familyName":"Load"}}""".formatted(userName));
            if (created.status() != 201) {
                unexpected.add("POST " + userName + ": " + created.status() + " " + created.body());
                continue;
            }
            String path = "/Users/" + ScimClient.json(created.body()).getString("id");
            expect(unexpected, "PATCH " + path, 200, through.patch(path, """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations":[{"op":"replace","value":{"displayName":"Mixed %d"}}]}""".formatted(i)));
            expect(unexpected, "PATCH " + path + " (role)", 200, through.patch(path, RolesIT.PATCH_ROLE.formatted("Editor")));
            expect(unexpected, "PATCH " + path + " (inactive)", 200, through.patch(path, PATCH_INACTIVE));
            if (i % 3 == 0) {
                expect(unexpected, "DELETE " + path, 204, through.delete(path));
            }
        }
        return unexpected;
    }

    private static void expect(List<String> unexpected, String what, int status, DashifyServer.Response answer) {
        if (answer.status() != status) {
            unexpected.add(what + ": " + answer.status() + " " + answer.body());
        }
    }

    /** The user name the signed-in home page shows on {@code node}, or null when the request lands on the sign-in page. */
    private static String signedInAs(ConsoleClient browser, DashifyServer node) throws IOException {
        HtmlPage page = browser.browser.getPage(new URL(node.baseUri() + "/app/"));
        if (page.getUrl().getPath().startsWith("/admin/login")) {
            return null;
        }
        DomElement userName = page.getElementById("userName");
        assertThat(userName).as(page.getUrl() + ": " + page.asNormalizedText()).isNotNull();
        return userName.getTextContent().strip();
    }

    private static int me(DashifyServer server, String token) {
        return server.send("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + token), null).status();
    }

    /** What {@code GET /api/v1/audit/verify} reports (as in {@link AuditChainIT}). */
    static JsonObject verify(DashifyServer server, String auditToken) {
        DashifyServer.Response answer = server.send("GET", "/api/v1/audit/verify",
                Map.of("Authorization", "Bearer " + auditToken), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ScimClient.json(answer.body());
    }

    /** Waits until the chainers have sealed every record of the tenant. */
    static void awaitChained(DashifyServer server, String tenantId) {
        String unsealed = "select count(*) from audit_unsealed where tenant_id = ?";
        await("the chainers seal every record", () -> {
            try {
                return server.queryNumber(unsealed, tenantId) == 0;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Polls {@code condition} until it holds, for at most {@link #PATIENCE}. */
    static void await(String what, BooleanSupplier condition) {
        await(what, PATIENCE, condition);
    }

    /** Polls {@code condition} until it holds, for at most {@code patience}. */
    static void await(String what, Duration patience, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }
}
