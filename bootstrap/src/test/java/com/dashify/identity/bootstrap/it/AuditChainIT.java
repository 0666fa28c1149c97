package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's hash chain in the running service: new records are chained within seconds,
 * {@code GET /api/v1/audit/verify} reports an intact chain, and after a record is edited in the
 * database it reports that record.
 */
@ExtendWith(DashifyServer.Extension.class)
class AuditChainIT {

    private static JsonObject verify(DashifyServer server, String auditToken) {
        DashifyServer.Response answer = server.send("GET", "/api/v1/audit/verify",
                Map.of("Authorization", "Bearer " + auditToken), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ScimClient.json(answer.body());
    }

    private static void awaitChained(DashifyServer server, ScimClient tenant) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String unsealed = "select count(*) from audit_unsealed where tenant_id = ?";
        while (server.queryNumber(unsealed, tenant.tenantId()) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(server.queryNumber(unsealed, tenant.tenantId())).as("chained by the service on its own").isZero();
    }

    @Test
    void pruningByRetentionLeavesAChainThatVerifiesFromItsNewStart(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        RolesIT.provision(tenant, "kept@" + tenant.tenantName() + ".example", "");
        awaitChained(server, tenant);
        try (Connection db = server.connectToDatabase();
             PreparedStatement age = db.prepareStatement("update audit_records set occurred_at = ?"
                     + " where tenant_id = ? and action in ('tenant.create', 'token.issue')")) {
            // Older than the ten years the test server keeps (DashifyServer).
            age.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusYears(20));
            age.setString(2, tenant.tenantId());
            assertThat(age.executeUpdate()).isEqualTo(2);
        }
        String prunePath = "/api/v1/tenants/" + tenant.tenantId() + "/audit/prune";
        assertThat(server.send("POST", prunePath, Map.of("Authorization", "Bearer not-the-operator-token"), null)
                .status()).isEqualTo(401);

        DashifyServer.Response pruned = server.send("POST", prunePath,
                Map.of("Authorization", "Bearer " + server.operatorToken()), null);

        assertThat(pruned.status()).as(pruned.body()).isEqualTo(200);
        assertThat(ScimClient.json(pruned.body()).getInt("pruned")).isEqualTo(2);
        assertThat(ScimClient.json(pruned.body()).getInt("retentionDays")).isEqualTo(3650);
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ?"
                + " and action in ('tenant.create', 'token.issue')", tenant.tenantId())).isZero();
        JsonObject verified = verify(server, RolesIT.operatorToken(server, tenant, tenant.adminUserName(),
                "\"audit\""));
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ?"
                + " and action = 'audit.prune' and actor_type = 'operator' and changes like 'pruned:2 %'",
                tenant.tenantId())).isEqualTo(1);
    }

    @Test
    void recordsAreChainedWithinSecondsAndAnEditIsReported(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String userId = RolesIT.provision(tenant, "chained@" + tenant.tenantName() + ".example", "");
        assertThat(tenant.delete("/Users/" + userId).status()).isEqualTo(204);

        awaitChained(server, tenant);
        long records = server.queryNumber("select count(*) from audit_records where tenant_id = ?", tenant.tenantId());
        assertThat(server.queryNumber("select count(*) from audit_chain_links where tenant_id = ?", tenant.tenantId()))
                .isEqualTo(records);

        String auditToken = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");
        JsonObject intact = verify(server, auditToken);
        assertThat(intact.getBoolean("intact")).isTrue();
        assertThat(intact.getJsonNumber("checked").longValue()).isGreaterThanOrEqualTo(records);
        assertThat(intact.containsKey("firstBreak")).isFalse();

        String edited;
        try (Connection db = server.connectToDatabase()) {
            try (PreparedStatement find = db.prepareStatement("select id from audit_records where tenant_id = ?"
                    + " and action = 'user.delete'")) {
                find.setString(1, tenant.tenantId());
                try (ResultSet row = find.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    edited = row.getString(1);
                }
            }
            try (PreparedStatement edit = db.prepareStatement("update audit_records set actor_user_id = null"
                    + " where id = ?")) {
                edit.setString(1, edited);
                assertThat(edit.executeUpdate()).isOne();
            }
        }

        JsonObject broken = verify(server, auditToken);
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getJsonObject("firstBreak").getString("recordId")).isEqualTo(edited);
        assertThat(broken.getJsonObject("firstBreak").getString("reason")).isEqualTo("record_changed");
        assertThat(server.send("GET", "/api/v1/audit/verify", Map.of("Authorization", "Bearer " + tenant.token()),
                null).status()).as("a scim token may not").isEqualTo(403);
    }
}
