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

    /**
     * A tenant whose first two records (its creation and token) were written twenty years ago, as
     * far as the chain knows: they are backdated while the test holds the chain head's lock, before
     * the service chains them, so their links seal the old time.
     */
    private static ScimClient tenantWithOldRecords(DashifyServer server) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            ScimClient tenant = ScimClient.forNewTenant(server);
            try (Connection db = server.connectToDatabase()) {
                db.setAutoCommit(false);
                try (PreparedStatement lock = db.prepareStatement(
                        "select link_sequence from audit_chain_heads where tenant_id = ? for update");
                     PreparedStatement age = db.prepareStatement("update audit_records set occurred_at = ?"
                             + " where tenant_id = ? and id in (select record_id from audit_unsealed)");
                     PreparedStatement ageQueue = db.prepareStatement(
                             "update audit_unsealed set occurred_at = ? where tenant_id = ?")) {
                    lock.setString(1, tenant.tenantId());
                    lock.executeQuery().close();
                    OffsetDateTime twentyYearsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(20);
                    age.setObject(1, twentyYearsAgo);
                    age.setString(2, tenant.tenantId());
                    ageQueue.setObject(1, twentyYearsAgo);
                    ageQueue.setString(2, tenant.tenantId());
                    if (age.executeUpdate() == 2 && ageQueue.executeUpdate() == 2) {
                        db.commit();
                        return tenant;
                    }
                    db.rollback();  // the chainer was quicker; try with another tenant
                }
            }
        }
        throw new AssertionError("the chainer sealed every new tenant's records before the test could age them");
    }

    private static DashifyServer.Response prune(DashifyServer server, ScimClient tenant, String token) {
        return server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/audit/prune",
                Map.of("Authorization", "Bearer " + token), null);
    }

    @Test
    void pruningByRetentionLeavesAChainThatVerifiesFromItsNewStart(DashifyServer server) throws Exception {
        ScimClient tenant = tenantWithOldRecords(server);
        String keptId = RolesIT.provision(tenant, "kept@" + tenant.tenantName() + ".example", "");
        awaitChained(server, tenant);
        String auditToken = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");
        assertThat(verify(server, auditToken).getBoolean("intact")).isTrue();
        assertThat(prune(server, tenant, "not-the-operator-token").status()).isEqualTo(401);

        DashifyServer.Response pruned = prune(server, tenant, server.operatorToken());

        assertThat(pruned.status()).as(pruned.body()).isEqualTo(200);
        assertThat(ScimClient.json(pruned.body()).getInt("pruned")).isEqualTo(2);
        assertThat(ScimClient.json(pruned.body()).getInt("retentionDays")).isEqualTo(3650);
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ?"
                + " and action in ('tenant.create', 'token.issue') and actor_type = 'operator'", tenant.tenantId()))
                .as("the two old records are gone; the audit token's issue is young").isEqualTo(1);
        JsonObject verified = verify(server, auditToken);
        assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ?"
                + " and action = 'audit.prune' and actor_type = 'operator' and changes like 'pruned:2 %'",
                tenant.tenantId())).isEqualTo(1);

        // A record made to look old after it was chained does not verify: pruning leaves it, as evidence.
        try (Connection db = server.connectToDatabase();
             PreparedStatement age = db.prepareStatement("update audit_records set occurred_at = ?"
                     + " where tenant_id = ? and target_id = ?")) {
            age.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusYears(20));
            age.setString(2, tenant.tenantId());
            age.setString(3, keptId);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        DashifyServer.Response refused = prune(server, tenant, server.operatorToken());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("record_changed");
        assertThat(server.queryNumber("select count(*) from audit_records where target_id = ?", keptId)).isEqualTo(1);
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
