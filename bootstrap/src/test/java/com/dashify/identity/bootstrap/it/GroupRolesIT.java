package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.GroupsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles from SCIM groups, end to end: with a role mapping that reads groups, a membership added
 * or removed, a group deleted and a new mapping each give the members their new role before their
 * next request, through a browser session and through a token alike.
 */
@ExtendWith(DashifyServer.Extension.class)
class GroupRolesIT {

    /** "Engineering are Editors, dashify-admins are Org Admins" (the latter by Entra's object id). */
    private static final String MAPPING = """
            {"attribute":null,"groups":false,"scimGroups":true,
             "values":[{"value":"Engineering","role":"Editor"},
                       {"value":"5e7a1c9d-admins-object-id","role":"OrgAdmin"}],
             "defaultRole":"Viewer"}""";

    private static DashifyServer.Response api(DashifyServer server, String method, String path, String token,
                                              String body) {
        return server.send(method, "/api/v1" + path, body == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
    }

    private static String group(ScimClient directory, String displayName, String externalId) {
        DashifyServer.Response created = directory.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s"%s}"""
                .formatted(displayName, externalId == null ? "" : ",\"externalId\":\"" + externalId + "\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ScimClient.json(created.body()).getString("id");
    }

    private static void members(ScimClient directory, String group, String op, String user) {
        DashifyServer.Response changed = directory.patch("/Groups/" + group, patch("""
                {"op":"%s","path":"members","value":[{"value":"%s"}]}""".formatted(op, user)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
    }

    private static String role(DashifyServer server, String token) {
        return ScimClient.json(api(server, "GET", "/me", token, null).body()).getString("role");
    }

    @Test
    void aTokensRoleFollowsGroupMembershipDeletionAndTheMappingOnTheNextRequest(DashifyServer server)
            throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        ScimClient directory = RolesIT.directory(server, tenant);
        String settings = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");
        assertThat(api(server, "PUT", "/role-mapping", settings, MAPPING).status()).isEqualTo(200);
        String userName = "ed@" + tenant.tenantName() + ".example";
        String ed = RolesIT.provision(directory, userName, "");
        String token = RolesIT.operatorToken(server, tenant, userName, "\"api\"");
        String engineering = group(directory, "Engineering", null);
        String admins = group(directory, "dashify-admins", "5e7a1c9d-admins-object-id");
        assertThat(role(server, token)).isEqualTo("Viewer");

        members(directory, engineering, "add", ed);
        assertThat(role(server, token)).isEqualTo("Editor");
        assertThat(api(server, "POST", "/dashboards", token, "{\"name\":\"Pipeline\"}").status()).isEqualTo(201);

        members(directory, admins, "add", ed);
        assertThat(role(server, token)).as("the highest role of the user's groups").isEqualTo("OrgAdmin");

        assertThat(directory.delete("/Groups/" + admins).status()).isEqualTo(204);
        assertThat(role(server, token)).isEqualTo("Editor");

        members(directory, engineering, "remove", ed);
        assertThat(role(server, token)).isEqualTo("Viewer");
        assertThat(api(server, "POST", "/dashboards", token, "{\"name\":\"Churn\"}").status()).isEqualTo(403);

        members(directory, engineering, "add", ed);
        assertThat(api(server, "PUT", "/role-mapping", settings, MAPPING.replace("\"Editor\"", "\"Viewer\""))
                .status()).isEqualTo(200);
        assertThat(role(server, token)).as("a new mapping applies to group members at once").isEqualTo("Viewer");

        assertThat(server.queryNumber("select count(*) from audit_records where action = 'user.role_change'"
                + " and target_id = ?", ed)).isEqualTo(6);
        JsonObject mapping = ScimClient.json(api(server, "GET", "/role-mapping", settings, null).body());
        assertThat(mapping.getBoolean("scimGroups")).isTrue();
    }

    @Test
    void anOrgAdminPutIntoAnEditorsGroupLosesTheConsoleOnTheirNextRequest(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        ScimClient directory = RolesIT.directory(server, tenant);
        String settings = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");
        assertThat(api(server, "PUT", "/role-mapping", settings, MAPPING).status()).isEqualTo(200);
        String engineering = group(directory, "Engineering", null);
        String ed = RolesIT.provision(directory, "ed@" + tenant.tenantName() + ".example", "");
        members(directory, engineering, "add", ed);
        try (ConsoleClient browser = new ConsoleClient(server)) {
            ConsoleClient.assertOnTokensPage(browser.signIn(tenant, ConsoleIT.PASSWORD));
            HtmlPage groups = browser.open("/admin/groups.xhtml");
            assertThat(groups.getElementById("groupTable").getTextContent()).contains("Engineering", "Editor");
            HtmlPage users = browser.open("/admin/users.xhtml?search=ed%40");
            assertThat(users.getElementById("users:userTable").getTextContent())
                    .contains("ed@" + tenant.tenantName() + ".example", "Editor", "Engineering");

            members(directory, engineering, "add", tenant.adminId());

            assertThat(browser.open("/admin/").getUrl().getPath()).as("the console is for Org Admins")
                    .isEqualTo("/admin/denied.xhtml");
            assertThat(browser.open("/app/").getElementById("role").getTextContent()).isEqualTo("Editor");
        }
        assertThat(RolesIT.storedRole(server, tenant.adminId())).isEqualTo("EDITOR");
    }

    /**
     * Entra deprovisions in parallel: a member's removal from a group the mapping names (which
     * re-applies the member's role) racing that user's deletion must neither deadlock nor leave a
     * membership behind. Before the users were locked ahead of the membership rows, PostgreSQL found
     * a deadlock here.
     */
    @Test
    void removalsFromAMappedGroupRacingTheUsersDeletionAllAnswer(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        ScimClient directory = RolesIT.directory(server, tenant);
        String settings = RolesIT.operatorToken(server, tenant, tenant.adminUserName(), "\"settings\"");
        assertThat(api(server, "PUT", "/role-mapping", settings, MAPPING).status()).isEqualTo(200);
        String engineering = group(directory, "Engineering", null);
        List<String> leavers = IntStream.range(0, 12).mapToObj(i -> RolesIT.provision(directory,
                "leaver" + i + "@" + tenant.tenantName() + ".example", "")).toList();
        leavers.forEach(user -> members(directory, engineering, "add", user));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<DashifyServer.Response>> answers = new ArrayList<>();
        try {
            for (String user : leavers) {
                answers.add(CompletableFuture.supplyAsync(() -> directory.patch("/Groups/" + engineering, patch("""
                        {"op":"remove","path":"members[value eq \\"%s\\"]"}""".formatted(user))), pool));
                answers.add(CompletableFuture.supplyAsync(() -> directory.delete("/Users/" + user), pool));
            }
            for (CompletableFuture<DashifyServer.Response> answer : answers) {
                assertThat(answer.join().status()).as(answer.join().body()).isEqualTo(204);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.queryNumber("select count(*) from group_members where group_id = ?", engineering))
                .isZero();
    }
}
