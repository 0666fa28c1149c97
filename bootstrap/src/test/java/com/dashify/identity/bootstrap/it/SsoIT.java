package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * SSO sign-in against a real OpenID Connect provider (mock-oauth2-server, with discovery, an
 * authorization endpoint, a token endpoint and signed ID tokens), one issuer per tenant.
 */
@ExtendWith(DashifyServer.Extension.class)
class SsoIT {

    static final String CLIENT_ID = "dashify";
    /** One per test: its queue of what to assert next is shared by all its issuers. */
    private static MockOAuth2Server provider;

    @BeforeEach
    void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.shutdown();
    }

    /** Sets up the tenant's SSO with an issuer of its own at the provider, and returns the settings token. */
    static String configureSso(MockOAuth2Server provider, DashifyServer server, ScimClient tenant, String issuerId,
                               String groupsClaim) {
        String settings = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");
        DashifyServer.Response configured = server.send("PUT", "/api/v1/sso", Map.of("Authorization",
                "Bearer " + settings, "Content-Type", "application/json"), """
                {"issuer":"%s","clientId":"%s","clientSecret":"provider-secret","groupsClaim":%s}"""
                .formatted(provider.issuerUrl(issuerId), CLIENT_ID, groupsClaim == null ? "null" : "\"" + groupsClaim + "\""));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        return settings;
    }

    /** What the provider will assert at its next sign-in for this issuer. */
    static void providerSignsIn(MockOAuth2Server provider, String issuerId, String userName, List<String> groups) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, "sub-" + userName, "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", userName, "groups", groups), 3600));
    }

    static String issuerIdOf(ScimClient tenant) {
        return "idp-" + tenant.tenantName();
    }

    static String sessionMethods(DashifyServer server, String userId) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select sign_in_method from user_sessions where user_id = ?")) {
            query.setString(1, userId);
            StringBuilder methods = new StringBuilder();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    methods.append(rows.getString(1)).append(' ');
                }
            }
            return methods.toString().strip();
        }
    }

    @Test
    void aUserProvisionedAMomentAgoSignsInBySsoWithoutAnyPassword(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String issuer = issuerIdOf(tenant);
        configureSso(provider, server, tenant, issuer, "groups");
        String userName = "new.hire@" + tenant.tenantName() + ".example";
        String userId = RolesIT.provision(tenant, userName, ",\"roles\":[{\"value\":\"Editor\",\"primary\":true}]");
        providerSignsIn(provider, issuer, userName, List.of());

        try (ConsoleClient browser = new ConsoleClient(server)) {
            HtmlPage landed = browser.open("/login/" + tenant.tenantName());

            assertThat(landed.getUrl().getPath()).as(landed.asNormalizedText()).isEqualTo("/app/");
            assertThat(landed.getElementById("userName").getTextContent()).isEqualTo(userName);
            assertThat(landed.getElementById("role").getTextContent()).isEqualTo("Editor");
        }
        assertThat(sessionMethods(server, userId)).isEqualTo("SSO");
    }

    @Test
    void theOrganisationFormLeadsToTheTenantsProvider(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String issuer = issuerIdOf(tenant);
        configureSso(provider, server, tenant, issuer, null);
        String userName = "form@" + tenant.tenantName() + ".example";
        RolesIT.provision(tenant, userName, "");
        providerSignsIn(provider, issuer, userName, List.of());

        try (ConsoleClient browser = new ConsoleClient(server)) {
            HtmlPage form = browser.open("/login");
            form.<HtmlInput>getHtmlElementById("organisation").setValue(tenant.tenantName().toUpperCase());
            HtmlPage landed = ConsoleClient.click(form.<HtmlInput>getHtmlElementById("continue"));

            assertThat(landed.getUrl().getPath()).as(landed.asNormalizedText()).isEqualTo("/app/");
            assertThat(landed.getElementById("role").getTextContent()).isEqualTo("Viewer");
        }
    }

    @Test
    void unknownAndDeactivatedUsersAreRefusedWithAPageThatSaysWhy(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String issuer = issuerIdOf(tenant);
        configureSso(provider, server, tenant, issuer, null);
        String leaver = "leaver@" + tenant.tenantName() + ".example";
        String leaverId = RolesIT.provision(tenant, leaver, "");
        tenant.patch("/Users/" + leaverId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}""");

        try (ConsoleClient browser = new ConsoleClient(server)) {
            providerSignsIn(provider, issuer, "stranger@" + tenant.tenantName() + ".example", List.of());
            HtmlPage unknown = browser.open("/login/" + tenant.tenantName());
            providerSignsIn(provider, issuer, leaver, List.of());
            HtmlPage inactive = browser.open("/login/" + tenant.tenantName());
            HtmlPage noSso = browser.open("/login/no-such-organisation");

            assertThat(unknown.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(unknown.getElementById("reason").getTextContent()).contains("no Dashify account for you");
            assertThat(inactive.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(inactive.getElementById("reason").getTextContent()).contains("deactivated");
            assertThat(noSso.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(browser.open("/app/").getUrl().getPath()).as("signed in nowhere")
                    .isEqualTo("/admin/login.xhtml");
        }
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'user.sign_in'"
                + " and outcome = '403' and changes = 'method:sso inactive_user' and target_id = ?", leaverId))
                .as("the refusal outlives the refused transaction").isEqualTo(1);
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'user.sign_in'"
                + " and outcome = '403' and changes = 'method:sso unknown_user' and tenant_id = ?", tenant.tenantId()))
                .isEqualTo(1);
    }

    @Test
    void aUserOfOneTenantCannotSignInThroughAnotherTenantsProvider(DashifyServer server) {
        ScimClient acme = ScimClient.forNewTenant(server);
        ScimClient globex = ScimClient.forNewTenant(server);
        configureSso(provider, server, acme, issuerIdOf(acme), null);
        configureSso(provider, server, globex, issuerIdOf(globex), null);
        String acmeUser = "shared.name@example.com";
        RolesIT.provision(acme, acmeUser, "");

        try (ConsoleClient browser = new ConsoleClient(server)) {
            // Globex's provider vouches for a name that exists only in Acme.
            providerSignsIn(provider, issuerIdOf(globex), acmeUser, List.of());
            HtmlPage refused = browser.open("/login/" + globex.tenantName());

            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(browser.open("/app/").getUrl().getPath()).isEqualTo("/admin/login.xhtml");
        }
    }

    @Test
    void anAnswerNotStartedInThisBrowserIsRefused(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        configureSso(provider, server, tenant, issuerIdOf(tenant), null);

        try (ConsoleClient attacker = new ConsoleClient(server)) {
            // The victim's browser starts a sign-in; the attacker replays its state from their own.
            var started = server.send("GET", "/login/" + tenant.tenantName(), Map.of(), null);
            assertThat(started.status()).isEqualTo(302);
            String state = started.header("Location").orElseThrow().replaceAll(".*[?&]state=([^&]+).*", "$1");

            HtmlPage replayed = attacker.open("/sso/callback?code=stolen&state=" + state);

            assertThat(replayed.getWebResponse().getStatusCode()).isEqualTo(400);
            assertThat(replayed.getElementById("reason").getTextContent()).contains("not started here");
        }
    }

    @Test
    void groupsFromTheProviderSetTheRoleAtEachSignIn(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String issuer = issuerIdOf(tenant);
        String settings = configureSso(provider, server, tenant, issuer, "groups");
        assertThat(server.send("PUT", "/api/v1/role-mapping", Map.of("Authorization", "Bearer " + settings,
                "Content-Type", "application/json"), """
                {"attribute":null,"groups":true,"values":[{"value":"dashify-editors","role":"Editor"}],
                 "defaultRole":"Viewer"}""").status()).isEqualTo(200);
        String userName = "grouped@" + tenant.tenantName() + ".example";
        RolesIT.provision(tenant, userName, "");

        providerSignsIn(provider, issuer, userName, List.of("everyone", "dashify-editors"));
        try (ConsoleClient editorsBrowser = new ConsoleClient(server)) {
            HtmlPage home = editorsBrowser.open("/login/" + tenant.tenantName());
            assertThat(home.getElementById("role").getTextContent()).isEqualTo("Editor");
            HtmlPage created = RolesIT.createDashboard(home, "Pipeline");
            assertThat(created.getWebResponse().getStatusCode()).as("the editor action").isEqualTo(200);

            // The IdP drops the group; the user's next sign-in, in another browser, brings it.
            providerSignsIn(provider, issuer, userName, List.of("everyone"));
            try (ConsoleClient otherBrowser = new ConsoleClient(server)) {
                assertThat(otherBrowser.open("/login/" + tenant.tenantName()).getElementById("role")
                        .getTextContent()).isEqualTo("Viewer");
            }

            HtmlPage refused = RolesIT.createDashboard(created, "Forecast");
            assertThat(refused.getWebResponse().getStatusCode()).as("the first session's very next request")
                    .isEqualTo(403);
        }
    }

    @Test
    void theSettingsApiNeverShowsTheSecret(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String settings = configureSso(provider, server, tenant, issuerIdOf(tenant), "groups");

        DashifyServer.Response read = server.send("GET", "/api/v1/sso", Map.of("Authorization", "Bearer " + settings),
                null);
        DashifyServer.Response plainHttp = server.send("PUT", "/api/v1/sso", Map.of("Authorization",
                "Bearer " + settings, "Content-Type", "application/json"),
                "{\"issuer\":\"http://idp.example.com\",\"clientId\":\"x\"}");

        JsonObject json = ScimClient.json(read.body());
        assertThat(read.body()).doesNotContain("provider-secret");
        assertThat(json.getBoolean("clientSecretSet")).isTrue();
        assertThat(json.getString("callbackUrl")).isEqualTo(server.baseUri() + "/sso/callback");
        assertThat(json.getString("signInUrl")).isEqualTo(server.baseUri() + "/login/" + tenant.tenantName());
        assertThat(plainHttp.status()).isEqualTo(400);
    }

    @Test
    void aProvisionedUserSignsInThroughTheProviderInChromium(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String issuer = issuerIdOf(tenant);
        configureSso(provider, server, tenant, issuer, null);
        String userName = "chromium.user@" + tenant.tenantName() + ".example";
        RolesIT.provision(tenant, userName, "");
        providerSignsIn(provider, issuer, userName, List.of());

        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
        WebDriver browser = Chromium.start(profile.toAbsolutePath());
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(server.baseUri() + "/login");
            browser.findElement(By.id("organisation")).sendKeys(tenant.tenantName());
            browser.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.urlContains("/app/"));

            // The redirects may still be settling when the address changes: wait for the page itself.
            assertThat(wait.until(ExpectedConditions.textToBe(By.id("userName"), userName))).isTrue();
            browser.get(server.baseUri() + "/app/");
            assertThat(browser.findElement(By.id("role")).getText()).as("still signed in on the next request")
                    .isEqualTo("Viewer");
        } finally {
            browser.quit();
        }
    }
}
