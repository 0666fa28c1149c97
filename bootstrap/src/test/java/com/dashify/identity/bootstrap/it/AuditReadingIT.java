package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading the audit trail through the API: newest first, filtered, paged by cursor, and exported as JSON Lines. */
@ExtendWith(DashifyServer.Extension.class)
class AuditReadingIT {

    private static DashifyServer.Response get(DashifyServer server, String token, String path) {
        return server.send("GET", path, Map.of("Authorization", "Bearer " + token), null);
    }

    /**
     * Every API request is its own: a request without a token that follows one that authenticated
     * is nobody's (logged, never put in an organisation's trail as the earlier caller's), and two
     * refused requests of one caller are two requests in the trail, each with its own id.
     */
    @Test
    void anApiRequestNeverCarriesTheCallerOrTheIdOfTheRequestBeforeIt(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String audit = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");
        String marker = UUID.randomUUID().toString();

        assertThat(get(server, audit, "/api/v1/audit?limit=1").status()).isEqualTo(200);
        assertThat(server.send("DELETE", "/api/v1/tokens/" + marker, Map.of(), null).status()).isEqualTo(401);
        assertThat(get(server, audit, "/api/v1/tokens").status()).as("the audit token lacks the tokens scope")
                .isEqualTo(403);
        assertThat(get(server, audit, "/api/v1/tokens").status()).isEqualTo(403);

        assertThat(server.queryNumber("select count(*) from audit_records where payload like ?", "%" + marker + "%"))
                .as("the request without a token, in anyone's trail").isZero();
        assertThat(server.queryNumber("select count(distinct request_id) from audit_records where tenant_id = ?"
                + " and action = 'token.authenticate'", tenant.tenantId())).as("two refused requests").isEqualTo(2);
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
    void theConsoleShowsTheTrailFollowsAUsersHistoryAndVerifiesTheChain(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String userId = RolesIT.provision(tenant, "history@" + tenant.tenantName() + ".example", "");
        assertThat(tenant.patch("/Users/" + userId, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"active","value":false}]}""").status()).isEqualTo(200);

        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, ConsoleIT.PASSWORD);
            HtmlPage trail = console.open("/admin/audit.xhtml");
            String table = trail.getElementById("records").asNormalizedText();
            assertThat(table).contains("tenant.create", "user.provision", "user.deactivate");

            String userName = "history@" + tenant.tenantName() + ".example";
            HtmlAnchor history = trail.getFirstByXPath("//table[@id='records']//a[text()='" + userName + "']");
            assertThat(history).as(table).isNotNull();
            HtmlPage usersHistory = ConsoleClient.clickLink(history);
            assertThat(usersHistory.getElementById("records").asNormalizedText())
                    .contains("user.provision", "user.deactivate").doesNotContain("tenant.create");

            HtmlPage verified = ConsoleClient.click(trail.getHtmlElementById("verifyForm:verify"));
            assertThat(verified.getElementById("messages").getTextContent()).contains("The audit trail is intact");

            try (Connection db = server.connectToDatabase();
                 PreparedStatement edit = db.prepareStatement("update audit_records set outcome = 'denied'"
                         + " where tenant_id = ? and action = 'user.provision'")) {
                edit.setString(1, tenant.tenantId());
                assertThat(edit.executeUpdate()).isOne();
            }
            HtmlPage broken = ConsoleClient.click(console.open("/admin/audit.xhtml")
                    .<HtmlInput>getHtmlElementById("verifyForm:verify"));
            assertThat(broken.getElementById("messages").getTextContent()).contains("The audit trail was changed");

            HtmlPage wrongFilter = console.open("/admin/audit.xhtml?from=yesterday");
            assertThat(wrongFilter.getElementById("problem").getTextContent()).contains("instants");
        }
    }

    /**
     * Each record names its actor, the token it acted through and its target user as they are named
     * now, read beside the ids; a filter takes a user name for every user who has or had it.
     */
    @Test
    void namesStandBesideIdsAndFiltersTakeAUserName(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String userName = "named@" + tenant.tenantName() + ".example";
        String first = RolesIT.provision(tenant, userName, "");
        assertThat(tenant.delete("/Users/" + first).status()).isEqualTo(204);
        String second = RolesIT.provision(tenant, userName.toUpperCase(Locale.ROOT), "");
        String audit = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"audit\"");

        JsonObject byTarget = ScimClient.json(get(server, audit, "/api/v1/audit?target="
                + URLEncoder.encode(userName, StandardCharsets.UTF_8)).body());
        List<JsonObject> records = byTarget.getJsonArray("records").getValuesAs(JsonObject.class);
        assertThat(records).extracting(record -> record.getString("action") + " "
                        + record.getJsonObject("target").getString("id") + " "
                        + record.getJsonObject("target").getString("name"))
                .as("both users who had the name, each named as now")
                .containsExactlyInAnyOrder("user.provision " + second + " " + userName.toUpperCase(Locale.ROOT),
                        "user.provision " + first + " " + userName, "user.deactivate " + first + " " + userName,
                        "user.delete " + first + " " + userName);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.getJsonObject("actor").getString("userName")).isEqualTo(tenant.adminUserName());
            assertThat(record.getJsonObject("actor").getString("tokenName")).isEqualTo("Initial SCIM token");
        });
        String renamed = "renamed@" + tenant.tenantName() + ".example";
        assertThat(tenant.patch("/Users/" + second, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"userName","value":"%s"}]}""".formatted(renamed)).status())
                .isEqualTo(200);
        JsonObject afterRename = ScimClient.json(get(server, audit, "/api/v1/audit?target=" + second).body());
        assertThat(afterRename.getJsonArray("records").getValuesAs(JsonObject.class))
                .as("named as it is now, read beside the record, not as it was written").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(record -> assertThat(record.getJsonObject("target").getString("name")).isEqualTo(renamed));

        JsonObject byActor = ScimClient.json(get(server, audit, "/api/v1/audit?limit=500&actor="
                + URLEncoder.encode(tenant.adminUserName().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8)).body());
        assertThat(byActor.getJsonArray("records").getValuesAs(JsonObject.class))
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(record -> assertThat(record.getJsonObject("actor").getString("userId"))
                        .isEqualTo(tenant.adminId()));
        assertThat(ScimClient.json(get(server, audit, "/api/v1/audit?actor=nobody").body())
                .getJsonArray("records")).isEmpty();

        assertThat(tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}""".formatted(renamed))
                .status()).isEqualTo(409);
        JsonObject refused = ScimClient.json(get(server, audit, "/api/v1/audit?outcome="
                + URLEncoder.encode("409 uniqueness", StandardCharsets.UTF_8)).body())
                .getJsonArray("records").getJsonObject(0);
        assertThat(refused.getString("reason")).as("the detail the directory was told, whole")
                .startsWith("userName '" + renamed + "' is already taken");

        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, ConsoleIT.PASSWORD);
            HtmlPage filtered = console.open("/admin/audit.xhtml?target="
                    + URLEncoder.encode(userName, StandardCharsets.UTF_8));
            String table = filtered.getElementById("records").asNormalizedText();
            assertThat(table).contains(userName, tenant.adminUserName(), "token Initial SCIM token")
                    .doesNotContain(first, "tenant.create");
        }
    }

    @Test
    void theConsolePagesThroughALongTrailWithEveryFilterLeftEmpty(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        for (int i = 0; i < 55; i++) {
            RolesIT.provision(tenant, "page" + i + "@" + tenant.tenantName() + ".example", "");
        }

        try (ConsoleClient console = new ConsoleClient(server)) {
            console.signIn(tenant, ConsoleIT.PASSWORD);
            HtmlPage newest = console.open("/admin/audit.xhtml");
            assertThat(newest.getWebResponse().getStatusCode()).isEqualTo(200);
            HtmlAnchor older = newest.getHtmlElementById("older");
            assertThat(older.getHrefAttribute()).as("no empty filter is passed on").doesNotContain("actor=")
                    .contains("cursor=");

            HtmlPage next = ConsoleClient.clickLink(older);

            assertThat(next.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(next.getElementById("problem").getTextContent()).isBlank();
            assertThat(next.getElementById("records").asNormalizedText()).contains("user.provision")
                    .contains("tenant.create");
        }
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
