package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Offboarding closes every door, whichever way it comes. For each way a user can be deactivated, a
 * provisioned user signs in through SSO in Chromium, registers a passkey, and holds two personal
 * access tokens of different scopes; each door is shown open, the user is deactivated, and then the
 * same browser's next request is signed out, both tokens get 401, and the passkey signs nobody in.
 * The database shows each session revoked, each token revoked with time and reason, each passkey
 * disabled, and an audit record for each.
 */
@ExtendWith(DashifyServer.Extension.class)
class RevocationMatrixIT {

    /** The ways a user is deactivated: what IdPs send, and the console. */
    enum Deactivation {
        /** Microsoft Entra ID: capitalised op, string boolean. */
        ENTRA_PATCH,
        /** Okta: a path-less replace with the attribute in the value. */
        OKTA_PATCH_WITHOUT_PATH,
        /** A standard PATCH with a path and a JSON boolean. */
        PATCH_WITH_PATH,
        /** A PUT of the whole user with {@code active: false} (Okta's PUT-only apps). */
        PUT,
        /** DELETE, a soft delete. */
        DELETE,
        /** An Org Admin on the console's users page. */
        CONSOLE
    }

    private static MockOAuth2Server provider;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server();
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @ParameterizedTest
    @EnumSource(Deactivation.class)
    void everyDoorClosesBeforeTheNextRequest(Deactivation way, DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        ScimClient directory = RolesIT.directory(server, tenant);
        String issuer = SsoIT.issuerIdOf(tenant);
        SsoIT.configureSso(provider, server, tenant, issuer, null);
        String userName = "leaver@" + tenant.tenantName() + ".example";
        String userId = RolesIT.provision(directory, userName, ",\"roles\":[{\"value\":\"OrgAdmin\",\"primary\":true}]");
        String scimToken = RolesIT.operatorToken(server, tenant, userName, "\"scim\"");
        String apiToken = RolesIT.operatorToken(server, tenant, userName, "\"api\"");

        try (PasskeyIT.Browser browser = new PasskeyIT.Browser(server)) {
            SsoIT.providerSignsIn(provider, issuer, userName, List.of());
            browser.open("/login/" + tenant.tenantName());
            browser.wait.until(ExpectedConditions.urlContains("/admin/"));
            browser.registerPasskey("Laptop");
            browser.open("/app/");
            assertThat(browser.text(By.id("userName"))).as("the session is open")
                    .isEqualTo(userName);
            assertThat(scim(server, scimToken)).as("the scim token works").isEqualTo(200);
            assertThat(me(server, apiToken)).as("the api token works").isEqualTo(200);

            deactivate(way, server, tenant, directory, userId, userName);

            browser.open("/app/");
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            assertThat(browser.driver.findElements(By.id("userName"))).as("signed out").isEmpty();
            assertThat(scim(server, scimToken)).as("the scim token").isEqualTo(401);
            assertThat(me(server, apiToken)).as("the api token").isEqualTo(401);
            assertThat(browser.signInWithPasskey()).as("the passkey").contains("This passkey cannot sign you in");
            browser.open("/app/");
            browser.wait.until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }

        assertThat(server.queryNumber("select count(*) from users where id = ? and active = false", userId)).isOne();
        assertThat(server.queryNumber("select count(*) from user_sessions where user_id = ? and revoked_at is null", userId))
                .as("open sessions").isZero();
        assertThat(server.queryNumber("select count(*) from user_sessions where user_id = ? and revocation_reason"
                + " = 'owner deactivated'", userId)).as("sessions revoked by the deactivation").isOne();
        assertThat(server.queryNumber("select count(*) from personal_access_tokens where owner_id = ? and revoked_at"
                + " is not null and revocation_reason = 'owner deactivated'", userId)).as("tokens revoked").isEqualTo(2);
        assertThat(server.queryNumber("select count(*) from passkeys where user_id = ? and disabled_at is not null",
                userId)).as("passkeys disabled").isOne();
        assertThat(server.queryNumber("select count(*) from audit_records where target_id = ? and action ="
                + " 'user.deactivate'", userId)).as("the deactivation, audited as one, whichever way it came")
                .isOne();
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'session.revoke' and target_id in"
                + " (select id from user_sessions where user_id = ?)", userId)).as("each revocation, audited").isOne();
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'token.revoke' and target_id in"
                + " (select id from personal_access_tokens where owner_id = ?)", userId)).isEqualTo(2);
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'passkey.disable' and target_id"
                + " in (select id from passkeys where user_id = ?)", userId)).isOne();
    }

    /**
     * The rule for the last Org Admin: the directory is the source of truth, so its deactivation
     * goes through even for the tenant's only Org Admin (here the owner of the directory's own
     * token, which then gets 401); the console never lets an admin deactivate themselves, so it
     * cannot remove the last one; and the operator lets a new Org Admin in.
     */
    @Test
    void theDirectoryMayDeactivateTheLastOrgAdminAndTheOperatorLetsANewOneIn(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, ConsoleIT.PASSWORD);
            HtmlPage users = console.open("/admin/users.xhtml");
            assertThat(users.asNormalizedText()).contains(tenant.adminUserName());
            Object ownButton = users.getFirstByXPath("//table[@id='users:userTable']//tr[td[1]='"
                    + tenant.adminUserName() + "']//input[@value='Deactivate']");
            assertThat(ownButton).as("no button for oneself").isNull();
        }

        DashifyServer.Response lastAdminOff = tenant.patch("/Users/" + tenant.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"active","value":false}]}""");
        assertThat(lastAdminOff.status()).as(lastAdminOff.body()).isEqualTo(200);
        assertThat(tenant.get("/Users").status()).as("its own token is closed too").isEqualTo(401);

        String breakGlass = "break-glass@" + tenant.tenantName() + ".example";
        DashifyServer.Response added = addAdmin(server, tenant, server.operatorToken(),
                "{\"adminUserName\":\"" + breakGlass + "\",\"adminPassword\":\"" + ConsoleIT.PASSWORD + "\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).doesNotContain(ConsoleIT.PASSWORD);
        assertThat(addAdmin(server, tenant, server.operatorToken(),
                "{\"adminUserName\":\"" + breakGlass.toUpperCase(Locale.ROOT) + "\"}").status())
                .as("a taken name").isEqualTo(409);
        assertThat(addAdmin(server, tenant, tenant.token(), "{\"adminUserName\":\"intruder@x.example\"}").status())
                .as("only the operator").isEqualTo(401);

        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant.tenantName(), breakGlass, ConsoleIT.PASSWORD);
            HtmlPage users = console.open("/admin/users.xhtml");
            HtmlInput reactivate = users.getFirstByXPath("//table[@id='users:userTable']//tr[td[1]='"
                    + tenant.adminUserName() + "']//input[@value='Reactivate']");
            assertThat(reactivate).as(users.asNormalizedText()).isNotNull();
            HtmlPage after = ConsoleClient.click(reactivate);
            assertThat(after.getElementById("messages").getTextContent()).contains("is active again");
        }
        assertThat(tenant.get("/Users").status()).as("a reactivation brings no token back").isEqualTo(401);
    }

    private static DashifyServer.Response addAdmin(DashifyServer server, ScimClient tenant, String bearer,
                                                   String body) {
        return server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/admins",
                Map.of("Authorization", "Bearer " + bearer, "Content-Type", "application/json"), body);
    }

    private static void deactivate(Deactivation way, DashifyServer server, ScimClient tenant, ScimClient directory,
                                   String userId, String userName) {
        String patch = """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[%s]}""";
        DashifyServer.Response answer = switch (way) {
            case ENTRA_PATCH -> directory.patch("/Users/" + userId, patch.formatted(
                    "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
            case OKTA_PATCH_WITHOUT_PATH -> directory.patch("/Users/" + userId, patch.formatted(
                    "{\"op\":\"replace\",\"value\":{\"active\":false}}"));
            case PATCH_WITH_PATH -> directory.patch("/Users/" + userId, patch.formatted(
                    "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
            case PUT -> directory.put("/Users/" + userId, """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","active":false,
                     "roles":[{"value":"OrgAdmin","primary":true}]}""".formatted(userName));
            case DELETE -> directory.delete("/Users/" + userId);
            case CONSOLE -> deactivateInConsole(server, tenant, userName);
        };
        assertThat(answer.status()).as(way + ": " + answer.body()).isIn(200, 204);
    }

    private static DashifyServer.Response deactivateInConsole(DashifyServer server, ScimClient tenant, String userName) {
        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, ConsoleIT.PASSWORD);
            HtmlPage users = console.open("/admin/users.xhtml?search=" + userName);
            HtmlInput deactivate = users.getFirstByXPath("//table[@id='users:userTable']//tr[td[1]='" + userName
                    + "']//input[@value='Deactivate']");
            assertThat(deactivate).as(users.asNormalizedText()).isNotNull();
            HtmlPage after = ConsoleClient.click(deactivate);
            assertThat(after.getElementById("messages").getTextContent()).contains(userName + " is deactivated");
            return new DashifyServer.Response(after.getWebResponse().getStatusCode(), null, after.asNormalizedText());
        }
    }

    private static int scim(DashifyServer server, String token) {
        return server.send("GET", "/scim/v2/Users?count=1", Map.of("Authorization", "Bearer " + token), null).status();
    }

    private static int me(DashifyServer server, String token) {
        return server.send("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + token), null).status();
    }
}
