package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles and the role mapping, end to end: a role change through SCIM applies to the user's very
 * next request, in a browser session and through a token; the tenant's role mapping decides
 * where roles come from, and nothing else grants one.
 */
@ExtendWith(DashifyServer.Extension.class)
class RolesIT {

    static final String PATCH_ROLE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"roles","value":[{"value":"%s","primary":true}]}]}""";

    /** A token the operator issues to a user of the tenant. */
    static String operatorToken(DashifyServer server, ScimClient tenant, String owner, String scopes) {
        DashifyServer.Response issued = server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/tokens",
                Map.of("Authorization", "Bearer " + server.operatorToken(), "Content-Type", "application/json"),
                "{\"name\":\"for " + owner + "\",\"scopes\":[" + scopes + "],\"ownerUserName\":\""
                        + owner + "\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return ScimClient.json(issued.body()).getString("token");
    }

    /** A second Org Admin with a SCIM token: the directory's connection, which outlives changes to the first. */
    static ScimClient directory(DashifyServer server, ScimClient tenant) {
        String userName = "idp-connector@" + tenant.tenantName() + ".example";
        assertThat(tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "roles":[{"value":"OrgAdmin","primary":true}]}""".formatted(userName)).status()).isEqualTo(201);
        return tenant.withToken(operatorToken(server, tenant, userName, "\"scim\""));
    }

    static String provision(ScimClient directory, String userName, String body) {
        DashifyServer.Response created = directory.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName":"%s" %s}""".formatted(userName, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ScimClient.json(created.body()).getString("id");
    }

    private static DashifyServer.Response api(DashifyServer server, String method, String path, String token,
                                              String body) {
        return server.send(method, "/api/v1" + path, body == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
    }

    static String storedRole(DashifyServer server, String userId) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select role_name from users where id = ?")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static int dashboardCount(DashifyServer server, ScimClient tenant) throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select count(*) from dashboards where tenant_id = ?")) {
            query.setString(1, tenant.tenantId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static HtmlPage createDashboard(HtmlPage home, String name) {
        HtmlForm form = home.getFormByName("create");
        form.<HtmlInput>getInputByName("create:name").setValue(name);
        return ConsoleClient.click(form.getInputByName("create:createDashboard"));
    }

    @Test
    void anEditorsBrowserSessionIsRefusedTheEditorActionOnTheRequestAfterTheyBecomeAViewer(DashifyServer server)
            throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        ScimClient directory = directory(server, tenant);
        try (ConsoleClient browser = new ConsoleClient(server)) {
            ConsoleClient.assertOnTokensPage(browser.signIn(tenant, ConsoleIT.PASSWORD));
            assertThat(directory.patch("/Users/" + tenant.adminId(), PATCH_ROLE.formatted("Editor")).status())
                    .isEqualTo(200);

            HtmlPage home = browser.open("/app/");
            assertThat(home.getElementById("role").getTextContent()).isEqualTo("Editor");
            assertThat(browser.open("/admin/").getUrl().getPath()).as("the console is for Org Admins")
                    .isEqualTo("/admin/denied.xhtml");
            home = browser.open("/app/");
            HtmlPage created = createDashboard(home, "Revenue");
            assertThat(created.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(created.getElementById("dashboards").getTextContent()).contains("Revenue");

            assertThat(directory.patch("/Users/" + tenant.adminId(), PATCH_ROLE.formatted("Viewer")).status())
                    .isEqualTo(200);
            HtmlPage refused = createDashboard(created, "Costs");

            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
            HtmlPage after = browser.open("/app/");
            assertThat(after.getElementById("role").getTextContent()).as("still signed in, as a Viewer")
                    .isEqualTo("Viewer");
            assertThat(after.getForms()).noneMatch(form -> "create".equals(form.getNameAttribute()));
        }
        assertThat(dashboardCount(server, tenant)).isEqualTo(1);
    }

    @Test
    void theApiAnswersUnderTheRoleTheUserHasNow(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        ScimClient directory = directory(server, tenant);
        String userName = "ed@" + tenant.tenantName() + ".example";
        String editorId = provision(directory, userName, ",\"roles\":[{\"value\":\"editor\",\"primary\":true}]");
        String token = operatorToken(server, tenant, userName, "\"api\"");

        JsonObject me = ScimClient.json(api(server, "GET", "/me", token, null).body());
        DashifyServer.Response created = api(server, "POST", "/dashboards", token, "{\"name\":\"Pipeline\"}");
        directory.patch("/Users/" + editorId, PATCH_ROLE.formatted("Viewer"));
        JsonObject meAfter = ScimClient.json(api(server, "GET", "/me", token, null).body());
        DashifyServer.Response refused = api(server, "POST", "/dashboards", token, "{\"name\":\"Churn\"}");
        DashifyServer.Response listed = api(server, "GET", "/dashboards", token, null);

        assertThat(me.getString("role")).isEqualTo("Editor");
        assertThat(me.getString("userName")).isEqualTo(userName);
        assertThat(me.getJsonArray("permissions").toString()).isEqualTo("[\"dashboards:read\",\"dashboards:write\"]");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(meAfter.getString("role")).isEqualTo("Viewer");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(ScimClient.json(listed.body()).getJsonArray("dashboards")).hasSize(1);
        assertThat(api(server, "GET", "/me", tenant.token(), null).status()).as("a scim token is not an api token")
                .isEqualTo(403);
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'dashboard.create'"
                + " and outcome = '403' and payload like '%Churn%' and actor_user_id = ?", editorId))
                .as("the refused action, as what it tried, with what it sent").isEqualTo(1);
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'token.authenticate'"
                + " and outcome = '403' and changes = 'scope_missing:api' and tenant_id = ?", tenant.tenantId()))
                .isEqualTo(1);
    }

    @Test
    void theTenantsRoleMappingDecidesAndNothingElseGrantsARole(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        ScimClient directory = directory(server, tenant);
        String settings = operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");

        JsonObject initial = ScimClient.json(api(server, "GET", "/role-mapping", settings, null).body());
        DashifyServer.Response replaced = api(server, "PUT", "/role-mapping", settings, """
                {"attribute":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                 "groups":false,
                 "values":[{"value":"Engineering","role":"Editor"},{"value":"IT Operations","role":"OrgAdmin"}],
                 "defaultRole":"Viewer"}""");
        String engineer = provision(directory, "eng@" + tenant.tenantName() + ".example",
                ",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"engineering\"}");
        String claimant = provision(directory, "claims@" + tenant.tenantName() + ".example",
                ",\"roles\":[{\"value\":\"OrgAdmin\",\"primary\":true}]"
                        + ",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"department\":\"Sales\"}");
        String engineerRole = storedRole(server, engineer);
        DashifyServer.Response moved = directory.patch("/Users/" + engineer, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace",
                   "path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                   "value":"IT Operations"}]}""");

        assertThat(initial.getString("attribute")).isEqualTo("roles");
        assertThat(initial.getBoolean("configured")).isFalse();
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(ScimClient.json(replaced.body()).getJsonArray("values").getJsonObject(1).getString("value"))
                .isEqualTo("IT Operations");
        assertThat(engineerRole).isEqualTo("EDITOR");
        assertThat(storedRole(server, claimant)).as("roles is not what this tenant maps").isEqualTo("VIEWER");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(storedRole(server, engineer)).isEqualTo("ORG_ADMIN");
    }

    @Test
    void aBadMappingIsRefusedAndChangesNothing(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String settings = operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");
        String before = api(server, "GET", "/role-mapping", settings, null).body();

        for (String bad : new String[] {
            "{\"attribute\":\"manager\",\"values\":[],\"defaultRole\":\"Viewer\"}",
            "{\"attribute\":null,\"groups\":false,\"values\":[],\"defaultRole\":\"Viewer\"}",
            "{\"attribute\":\"roles\",\"values\":[{\"value\":\"x\",\"role\":\"God\"}],\"defaultRole\":\"Viewer\"}",
            "{\"attribute\":\"roles\",\"values\":[{\"value\":\"x\",\"role\":\"Editor\"},{\"value\":\"X\",\"role\":\"Viewer\"}],"
                    + "\"defaultRole\":\"Viewer\"}",
            "{\"attribute\":\"roles\",\"values\":{},\"defaultRole\":\"Viewer\"}",
            "{\"attribute\":\"roles\",\"values\":[]}",
            "[]", "{"}) {
            DashifyServer.Response refused = api(server, "PUT", "/role-mapping", settings, bad);
            assertThat(refused.status()).as(bad + " -> " + refused.body()).isEqualTo(400);
        }

        assertThat(api(server, "GET", "/role-mapping", settings, null).body()).isEqualTo(before);
        assertThat(api(server, "PUT", "/role-mapping", tenant.token(), "{}").status()).as("scim token").isEqualTo(403);
        assertThat(server.send("GET", "/api/v1/role-mapping", Map.of(), null).status()).isEqualTo(401);
    }
}
