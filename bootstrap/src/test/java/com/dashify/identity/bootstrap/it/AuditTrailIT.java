package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server stores, read from its own database: every SCIM write leaves an audit record
 * with the token's owner and id, the request id and the payload without the password; tokens are
 * stored as hashes only; and a change whose audit record cannot be written does not happen.
 */
@ExtendWith(DashifyServer.Extension.class)
class AuditTrailIT {

    private static final String PASSWORD = "Okta-sent-this-Pa55word!";

    private static List<Map<String, String>> auditRecords(DashifyServer server, String tenantId) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select action, actor_type, actor_user_id, actor_token_id,"
                     + " target_id, request_id, changes, payload, outcome from audit_records where tenant_id = ?"
                     + " order by occurred_at, action")) {
            query.setString(1, tenantId);
            List<Map<String, String>> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Map<String, String> record = new java.util.LinkedHashMap<>();
                    for (String column : new String[] {"action", "actor_type", "actor_user_id", "actor_token_id",
                        "target_id", "request_id", "changes", "payload", "outcome"}) {
                        record.put(column, rows.getString(column));
                    }
                    records.add(record);
                }
            }
            return records;
        }
    }

    @Test
    void everyScimWriteIsAuditedWithItsActorAndWithoutSecrets(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);
        DashifyServer.Response created = scim.send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"audited@example.com",
                 "password":"%s","active":true}
                """.formatted(PASSWORD), Map.of("X-Request-Id", "okta-req-0001"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).contains("okta-req-0001");
        String id = ScimClient.json(created.body()).getString("id");
        scim.patch("/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"password","value":"%s"},
                               {"op":"Replace","path":"active","value":"False"}]}
                """.formatted(PASSWORD));
        assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);

        List<Map<String, String>> records = auditRecords(server, scim.tenantId());

        assertThat(records).extracting(r -> r.get("action")).containsExactly("tenant.create", "token.issue",
                "user.provision", "user.deactivate", "user.delete");
        Map<String, String> provision = records.get(2);
        assertThat(provision.get("actor_type")).isEqualTo("user");
        assertThat(provision.get("actor_user_id")).isEqualTo(scim.adminId());
        assertThat(provision.get("actor_token_id")).isNotBlank().isNotEqualTo(scim.token());
        assertThat(provision.get("target_id")).isEqualTo(id);
        assertThat(provision.get("request_id")).isEqualTo("okta-req-0001");
        assertThat(provision.get("outcome")).isEqualTo("success");
        assertThat(provision.get("payload")).contains("audited@example.com");
        assertThat(records.get(3).get("changes")).isEqualTo("deactivated");
        assertThat(records.get(4).get("changes")).isEqualTo("deleted");
        for (Map<String, String> record : records) {
            assertThat(String.valueOf(record)).doesNotContain(PASSWORD).doesNotContain(scim.token());
        }
        // The deleted user is still stored, for the record.
        try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select active, deleted_at from users where id = '" + id + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean("active")).isFalse();
            assertThat(row.getTimestamp("deleted_at")).isNotNull();
        }
    }

    @Test
    void tokensAreStoredAsTheirHashOnlyAndNeverLogged(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);
        scim.get("/Users");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(scim.token().getBytes(StandardCharsets.UTF_8)));

        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement(
                     "select * from personal_access_tokens where tenant_id = ?")) {
            query.setString(1, scim.tenantId());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("secret_hash").strip()).isEqualTo(hash);
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    assertThat(String.valueOf(rows.getObject(column))).doesNotContain(scim.token().substring(8));
                }
            }
        }
        assertThat(ServerLog.text(server.logFile())).doesNotContain(scim.token().substring(8));
    }

    @Test
    void changeWhoseAuditRecordCannotBeWrittenDoesNotHappen(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);
        String constraint = "it_refuse_marked_audit";
        try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement()) {
            statement.execute("alter table audit_records add constraint " + constraint
                    + " check (payload is null or payload not like '%refuse-this-audit-record%')");
        }
        try {
            DashifyServer.Response refused = scim.post("/Users", """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"unaudited@example.com",
                     "displayName":"refuse-this-audit-record"}
                    """);

            assertScimError(refused, 500, null);
            assertList(scim.search("userName eq \"unaudited@example.com\""), 0);
        } finally {
            try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement()) {
                statement.execute("alter table audit_records drop constraint " + constraint);
            }
        }
        assertThat(scim.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"unaudited@example.com"}
                """).status()).isEqualTo(201);
    }
}
