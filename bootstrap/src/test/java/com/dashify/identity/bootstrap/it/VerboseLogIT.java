package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs against a server whose request-handling code logs at FINEST (see
 * {@code verbose-logging.properties}): after a sequence that sends every kind of secret the service
 * handles, none of them is in the log, the audit table or the audit export, though the log
 * recorded the requests and the trail the changes and refused attempts.
 */
@ExtendWith(DashifyServer.Extension.class)
class VerboseLogIT {

    /** Every column of every audit record and chain link, as text. */
    private static String auditTable(DashifyServer server) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection db = server.connectToDatabase(); Statement query = db.createStatement()) {
            for (String table : new String[] {"audit_records", "audit_chain_links"}) {
                try (ResultSet rows = query.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            text.append(rows.getString(column)).append('|');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void noSecretReachesAVerboseLog(DashifyServer server) throws Exception {
        String adminPassword = "verbose-log correct horse";
        String oktaPassword = "Okta-Sent-This-9x!";
        ScimClient tenant = ScimClient.forNewTenant(server, adminPassword);
        ScimClient withLink = ScimClient.forNewTenant(server);
        tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"okta@example.com",
                 "password":"%s"}
                """.formatted(oktaPassword));
        tenant.patch("/Users/" + tenant.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"password","value":"%s"}]}
                """.formatted(oktaPassword));
        String consoleToken;
        String sessionId;
        try (ConsoleClient console = new ConsoleClient(server)) {
            HtmlPage created = ConsoleClient.createToken(console.signIn(tenant, adminPassword), "verbose", "never");
            consoleToken = ConsoleClient.shownToken(created);
            sessionId = console.browser.getCookieManager().getCookie("JSESSIONID").getValue();
            HtmlPage revoked = ConsoleClient.click(created.getFirstByXPath(
                    "//form[@id='own']//tr[td[1]='Initial SCIM token']//input[@value='Revoke']"));
            assertThat(revoked.asNormalizedText()).contains("The token was revoked");
        }
        try (ConsoleClient other = new ConsoleClient(server)) {
            other.signIn(tenant, "a wrong password, typed");
            HtmlPage setup = other.open(withLink.setupLink().substring(server.baseUri().toString().length()));
            var form = setup.getFormByName("setup");
            form.<org.htmlunit.html.HtmlInput>getInputByName("setup:password").setValue("setup-chosen passphrase");
            form.<org.htmlunit.html.HtmlInput>getInputByName("setup:confirmation").setValue("setup-chosen passphrase");
            assertThat(ConsoleClient.click(form.getInputByName("setup:save")).getElementById("setupDone")).isNotNull();
        }
        tenant.withToken(consoleToken).get("/Users");
        server.send("GET", "/api/v1/tokens", Map.of("Authorization", "Bearer " + consoleToken), null);
        assertThat(tenant.get("/Users").status()).as("the revoked token, refused and audited").isEqualTo(401);
        String auditToken = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");
        DashifyServer.Response export = server.send("GET", "/api/v1/audit/export",
                Map.of("Authorization", "Bearer " + auditToken), null);
        assertThat(export.status()).isEqualTo(200);
        Thread.sleep(1000);

        String log = ServerLog.text(server.logFile());
        String auditTable = auditTable(server);

        assertThat(log).as("the log is verbose: it shows request handling").contains("FINE");
        assertThat(auditTable).as("the attempts are in the trail").contains("token.authenticate")
                .contains("user.sign_in").contains("wrong_password").contains("okta@example.com");
        assertThat(export.body()).contains("token.authenticate").contains("okta@example.com");
        for (String secret : new String[] {tenant.token().substring(8), consoleToken.substring(8),
            auditToken.substring(8), adminPassword, "a wrong password, typed", oktaPassword, server.operatorToken(),
            sessionId, "setup-chosen passphrase", withLink.setupLink().substring(withLink.setupLink().indexOf('#') + 11)}) {
            assertThat(log).as("the log holds a secret").doesNotContain(secret);
            assertThat(auditTable).as("the audit table holds a secret").doesNotContain(secret);
            assertThat(export.body()).as("the export holds a secret").doesNotContain(secret);
        }
        assertThat(log).doesNotContainPattern("(?i)authorization\\s*[=:]\\s*Bearer")
                .doesNotContainPattern("JSESSIONID=[0-9a-f]{8}");
    }
}
