package com.dashify.identity.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.rest.api.OperatorAccess;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    private static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** With suppliers held by nothing else (capturing lambdas), as the service's are. */
    private static ServiceMetrics metrics(int tenantSeries) {
        double backlog = 3;
        double lag = 1.5;
        return new ServiceMetrics(tenantSeries, 32, () -> backlog, () -> lag);
    }

    @Test
    void pathsFallIntoAFewEndpointGroupsWhateverTheirIds() {
        assertThat(List.of("/scim/v2/Users", "/scim/v2/Users/8a0c", "/SCIM/V2/users?filter=x", "/scim/v2/Groups/1",
                "/scim/v2/Bulk", "/scim/v2/ServiceProviderConfig", "/api/v1/tenants/x/tokens", "/health/ready",
                "/metrics", "/admin/tokens.xhtml", "/app/", "/jakarta.faces.resource/a.css", "/sso/callback",
                "/passkey/options", "/", "/../../etc/passwd")).extracting(ServiceMetrics::endpointOf)
                .containsExactly("scim_users", "scim_users", "scim_users", "scim_groups", "scim_bulk", "scim_other",
                        "api", "health", "metrics", "console", "console", "console", "console", "console", "other",
                        "other");
        assertThat(ServiceMetrics.endpointOf(null)).isEqualTo("other");
    }

    @Test
    void requestsAreTimedIntoBucketsByEndpointMethodAndStatusWithUnknownMethodsBounded() {
        try (ServiceMetrics metrics = metrics(10)) {
            metrics.requestServed("/scim/v2/Users", "POST", 201, 7_000_000);
            metrics.requestServed("/scim/v2/Users/1", "POST", 201, 30_000_000);
            metrics.requestServed("/scim/v2/Users", "BREW", 405, 1_000_000);

            String scrape = metrics.scrape(TEXT);

            assertThat(scrape)
                    .contains("dashify_http_server_requests_seconds_count{endpoint=\"scim_users\",method=\"POST\","
                            + "status=\"201\"} 2")
                    .contains("dashify_http_server_requests_seconds_bucket{endpoint=\"scim_users\",method=\"POST\","
                            + "status=\"201\",le=\"0.01\"} 1")
                    .contains("dashify_http_server_requests_seconds_bucket{endpoint=\"scim_users\",method=\"POST\","
                            + "status=\"201\",le=\"0.05\"} 2")
                    .contains("method=\"other\",status=\"405\"")
                    .doesNotContain("BREW");
        }
    }

    @Test
    void onlyTheFirstTenantsGetSeriesOfTheirOwnAndTheRestAreSummedAsOther() {
        try (ServiceMetrics metrics = metrics(2)) {
            metrics.provisioned("t-1", "user", "created");
            metrics.provisioned("t-2", "user", "created");
            metrics.provisioned("t-3", "user", "created");
            metrics.provisioned("t-4", "user", "created");
            metrics.provisioned("t-1", "user", "deactivated");

            String scrape = metrics.scrape(TEXT);

            assertThat(scrape)
                    .contains("dashify_provisioning_total{operation=\"created\",resource=\"user\",tenant=\"t-1\"} 1.0")
                    .contains("dashify_provisioning_total{operation=\"created\",resource=\"user\",tenant=\"t-2\"} 1.0")
                    .contains("dashify_provisioning_total{operation=\"created\",resource=\"user\",tenant=\"other\"}"
                            + " 2.0")
                    .contains("dashify_provisioning_total{operation=\"deactivated\",resource=\"user\",tenant=\"t-1\"}"
                            + " 1.0")
                    .doesNotContain("t-3", "t-4");
        }
    }

    @Test
    void theChainsBacklogAndTheConnectionsAreGaugedAndOpenMetricsIsAnsweredWhenAsked() {
        try (ServiceMetrics metrics = metrics(2)) {
            System.gc(); // a gauge that held its supplier weakly read NaN after a collection
            assertThat(metrics.scrape(TEXT)).contains("dashify_audit_chain_backlog_records 3.0",
                    "dashify_audit_chain_lag_seconds 1.5", "dashify_db_connections_max 32.0",
                    "jvm_memory_used_bytes");
            String openMetrics = ServiceMetrics.contentTypeFor("application/openmetrics-text; version=1.0.0");
            assertThat(openMetrics).startsWith("application/openmetrics-text");
            assertThat(metrics.scrape(openMetrics)).endsWith("# EOF\n");
            assertThat(ServiceMetrics.contentTypeFor(null)).isEqualTo(TEXT);
        }
    }

    @Test
    void provisioningOperationsComeFromTheAuditActionsOfUsersAndGroups() {
        assertThat(List.of("user.provision", "user.add_org_admin", "user.update", "user.role_change",
                "user.reactivate", "user.deactivate", "user.delete", "group.create", "group.rename",
                "group.member_add", "group.member_remove", "group.delete"))
                .extracting(action -> CountingAuditTrail.operation(action, false, false).orElse("-"))
                .containsExactly("created", "created", "updated", "updated", "updated", "deactivated", "deleted",
                        "created", "updated", "member_added", "member_removed", "deleted");
        assertThat(CountingAuditTrail.operation("user.update", false, true)).as("a write that changed nothing")
                .isEmpty();
        assertThat(List.of("user.sign_in", "session.start", "token.issue", "tenant.create", "audit.prune"))
                .allMatch(action -> CountingAuditTrail.operation(action, false, false).isEmpty());
        assertThat(List.of("user.provision", "group.update", "scim.bulk"))
                .allMatch(action -> CountingAuditTrail.operation(action, true, false).equals(Optional.of("refused")));
        assertThat(List.of("user.sign_in", "user.read", "user.search", "token.authenticate", "scim.request"))
                .allMatch(action -> CountingAuditTrail.operation(action, true, false).isEmpty());
    }

    @Test
    void metricsAreOpenOnlyWithACredentialAndAdmitOnlyItsBearer() {
        MetricsAccess closed = new MetricsAccess(List.of(new OperatorAccess(null), new OperatorAccess(" ")));
        MetricsAccess open = new MetricsAccess(List.of(new OperatorAccess("scrape-token-0123456789"),
                new OperatorAccess("operator-token-0123456789")));

        assertThat(closed.open()).isFalse();
        assertThat(closed.admits("Bearer  ")).isFalse();
        assertThat(open.open()).isTrue();
        assertThat(open.admits("Bearer scrape-token-0123456789")).isTrue();
        assertThat(open.admits("bearer operator-token-0123456789")).isTrue();
        assertThat(open.admits("Bearer scrape-token-012345678")).isFalse();
        assertThat(open.admits("Basic scrape-token-0123456789")).isFalse();
        assertThat(open.admits(null)).isFalse();
    }
}
