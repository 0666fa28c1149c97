package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /metrics} as a Prometheus scraper reads it, with the token it was given. */
@ExtendWith(DashifyServer.Extension.class)
class MetricsIT {

    private static DashifyServer.Response scrape(DashifyServer server, Map<String, String> headers) {
        return server.send("GET", "/metrics", headers, null);
    }

    private static String scrape(DashifyServer server) {
        DashifyServer.Response scraped = scrape(server, Map.of("Authorization", "Bearer " + server.operatorToken()));
        assertThat(scraped.status()).isEqualTo(200);
        return scraped.body();
    }

    /** A series' value; 0 when it is absent, as a counter that never counted is. */
    private static double value(String scrape, String series) {
        Matcher found = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }

    @Test
    void aScraperWithTheTokenReadsRequestsProvisioningConnectionsAndTheChainsLag(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String provisioning = "dashify_provisioning_total{operation=\"%s\",resource=\"user\",tenant=\""
                + tenant.tenantId() + "\"}";
        String created = "dashify_http_server_requests_seconds_count{endpoint=\"scim_users\",method=\"POST\","
                + "status=\"201\"}";
        double createdBefore = value(scrape(server), created);

        String userId = RolesIT.provision(tenant, "metered@" + tenant.tenantName() + ".example", "");
        assertThat(tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"metered@%s.example"}"""
                .formatted(tenant.tenantName())).status()).isEqualTo(409);
        assertThat(tenant.patch("/Users/" + userId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"active","value":false}]}""").status()).isEqualTo(200);

        DashifyServer.Response scraped = scrape(server, Map.of("Authorization", "Bearer " + server.operatorToken()));
        assertThat(scraped.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain; version=0.0.4"));
        String metrics = scraped.body();
        assertThat(value(metrics, provisioning.formatted("created"))).isEqualTo(1);
        assertThat(value(metrics, provisioning.formatted("refused"))).isEqualTo(1);
        assertThat(value(metrics, provisioning.formatted("deactivated"))).isEqualTo(1);
        assertThat(value(metrics, created)).isGreaterThanOrEqualTo(createdBefore + 1);
        assertThat(metrics).containsPattern("dashify_http_server_requests_seconds_bucket\\{endpoint=\"scim_users\","
                + "method=\"POST\",status=\"409\",le=\"\\+Inf\"} \\d+")
                .containsPattern("(?m)^dashify_db_transactions_in_progress \\d")
                .contains("dashify_db_connections_max 32.0")
                .containsPattern("(?m)^dashify_audit_chain_backlog_records \\d")
                .containsPattern("(?m)^dashify_audit_chain_lag_seconds \\d");
    }

    @Test
    void withoutTheTokenTheMetricsAreRefusedAndTheSameAnswerNeverNamesTheServersInternals(DashifyServer server) {
        DashifyServer.Response anonymous = scrape(server, Map.of());
        DashifyServer.Response wrong = scrape(server, Map.of("Authorization", "Bearer not-the-operator-token"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer realm=\"metrics\"");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("dashify_", "jvm_");
        assertThat(server.get("/payara-metrics").status()).as("Payara's own endpoint, moved and off")
                .isIn(403, 404);
        DashifyServer.Response openMetrics = scrape(server, Map.of("Authorization", "Bearer " + server.operatorToken(),
                "Accept", "application/openmetrics-text; version=1.0.0"));
        assertThat(openMetrics.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/openmetrics-text"));
        assertThat(openMetrics.body()).endsWith("# EOF\n");
    }
}
