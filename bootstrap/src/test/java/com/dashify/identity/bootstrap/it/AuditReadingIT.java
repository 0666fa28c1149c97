package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading the audit trail through the API: newest first, filtered, paged by cursor, and exported as JSON Lines. */
@ExtendWith(DashifyServer.Extension.class)
class AuditReadingIT {

    private static DashifyServer.Response get(DashifyServer server, String token, String path) {
        return server.send("GET", path, Map.of("Authorization", "Bearer " + token), null);
    }

    @Test
    void recordsAreReadNewestFirstFilteredPagedAndExported(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(RolesIT.provision(tenant, "reader" + i + "@" + tenant.tenantName() + ".example", ""));
        }
        assertThat(tenant.delete("/Users/" + users.get(2)).status()).isEqualTo(204);
        String audit = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");

        JsonObject all = ScimClient.json(get(server, audit, "/api/v1/audit?limit=500").body());
        List<JsonObject> records = all.getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(records).extracting(record -> Instant.parse(record.getString("occurredAt")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(records.get(0).getString("action")).as("the newest first").isEqualTo("token.issue");
        assertThat(all.containsKey("nextCursor")).isFalse();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = ScimClient.json(get(server, audit, "/api/v1/audit?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).body());
            page.getJsonArray("records").getValuesAs(JsonObject.class).forEach(r -> paged.add(r.getString("id")));
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
        } while (cursor != null);
        assertThat(paged).containsExactlyElementsOf(records.stream().map(r -> r.getString("id")).toList());

        JsonObject deletes = ScimClient.json(get(server, audit, "/api/v1/audit?action=user.delete&target="
                + users.get(2)).body());
        assertThat(deletes.getJsonArray("records")).hasSize(1);
        JsonObject delete = deletes.getJsonArray("records").getJsonObject(0);
        assertThat(delete.getJsonObject("actor").getString("userId")).isEqualTo(tenant.adminId());
        assertThat(delete.getString("outcome")).isEqualTo("success");
        String created = records.get(records.size() - 1).getString("occurredAt");
        JsonObject before = ScimClient.json(get(server, audit, "/api/v1/audit?to="
                + URLEncoder.encode(created, StandardCharsets.UTF_8)).body());
        assertThat(before.getJsonArray("records")).as("'to' is exclusive").isEmpty();

        DashifyServer.Response export = get(server, audit, "/api/v1/audit/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/x-ndjson"));
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(records.size());
        assertThat(lines).allSatisfy(line -> assertThat(ScimClient.json(line).getValueType())
                .isEqualTo(JsonValue.ValueType.OBJECT));
        assertThat(lines.stream().map(line -> ScimClient.json(line).getString("id")).toList())
                .containsExactlyElementsOf(paged);
    }

    @Test
    void badParametersAndOtherScopesAreRefused(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String audit = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");

        assertThat(get(server, audit, "/api/v1/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(get(server, audit, "/api/v1/audit?limit=0").status()).isEqualTo(400);
        assertThat(get(server, audit, "/api/v1/audit?limit=501").status()).isEqualTo(400);
        assertThat(get(server, audit, "/api/v1/audit?cursor=not-a-cursor").status()).isEqualTo(400);
        assertThat(get(server, tenant.token(), "/api/v1/audit").status()).as("a scim token").isEqualTo(403);
        assertThat(get(server, tenant.token(), "/api/v1/audit/export").status()).isEqualTo(403);
        assertThat(get(server, "dfy_pat_nonsense", "/api/v1/audit").status()).isEqualTo(401);
    }
}
