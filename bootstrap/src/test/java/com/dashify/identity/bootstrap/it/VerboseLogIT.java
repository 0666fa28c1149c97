package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs against a server whose request-handling code logs at FINEST (see
 * {@code verbose-logging.properties}): after a sequence that sends every kind of secret the service
 * handles, none of them is in the log, though the log did record the requests.
 */
@ExtendWith(DashifyServer.Extension.class)
class VerboseLogIT {

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
        Thread.sleep(1000);

        String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);

        assertThat(log).as("the log is verbose: it shows request handling").contains("FINE");
        for (String secret : new String[] {tenant.token().substring(8), consoleToken.substring(8), adminPassword,
            "a wrong password, typed", oktaPassword, server.operatorToken(), sessionId, "setup-chosen passphrase",
            withLink.setupLink().substring(withLink.setupLink().indexOf('#') + 11)}) {
            assertThat(log).as("the log holds a secret").doesNotContain(secret);
        }
        assertThat(log).doesNotContainPattern("(?i)authorization\\s*[=:]\\s*Bearer")
                .doesNotContainPattern("JSESSIONID=[0-9a-f]{8}");
    }
}
