package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /Groups} as directories use it, replayed with the requests they send: Microsoft Entra ID's
 * group provisioning and Okta's Push Groups, members that are no users of the tenant, and two
 * directories' worth of concurrency on one group.
 */
@ExtendWith(DashifyServer.Extension.class)
class GroupsIT {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    static String patch(String operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operations + "]}";
    }

    static String user(ScimClient directory, String userName) {
        DashifyServer.Response created = directory.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","displayName":"%s"}"""
                .formatted(userName, userName.substring(0, userName.indexOf('@'))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ScimClient.json(created.body()).getString("id");
    }

    static JsonObject ok(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ScimClient.json(response.body());
    }

    static void noContent(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    static Set<String> memberIds(JsonObject group) {
        JsonArray members = group.getJsonArray("members");
        return members == null ? Set.of()
                : members.getValuesAs(JsonObject.class).stream().map(member -> member.getString("value"))
                        .collect(Collectors.toSet());
    }

    static String filter(String expression) {
        return URLEncoder.encode(expression, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Microsoft Entra ID, as its SCIM provisioning documentation shows each request: the create with
     * Microsoft's group schema URN and an external id; lookups by name and by id without members;
     * Replace of displayName and of externalId; Add and Remove of several members in one operation;
     * Remove by a value filter; several operations in one request; DELETE. PATCH answers 204 each time.
     */
    @Test
    void entraGroupProvisioning(DashifyServer server) throws Exception {
        ScimClient entra = ScimClient.forNewTenant(server);
        String tenant = entra.tenantName();
        String ada = user(entra, "ada@" + tenant + ".example");
        String bob = user(entra, "bob@" + tenant + ".example");
        String eve = user(entra, "eve@" + tenant + ".example");

        assertList(entra.get("/Groups?excludedAttributes=members&filter=" + filter("displayName eq \"Engineering\"")), 0);
        DashifyServer.Response created = entra.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                            "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                 "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
                 "displayName":"Engineering",
                 "meta":{"resourceType":"Group"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject group = ScimClient.json(created.body());
        String id = group.getString("id");
        assertThat(created.header("Location")).hasValue(group.getJsonObject("meta").getString("location"));
        assertThat(group.getString("externalId")).isEqualTo("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159");

        JsonObject found = assertList(entra.get("/Groups?excludedAttributes=members&filter="
                + filter("displayName eq \"ENGINEERING\"")), 1).getJsonArray("Resources").getJsonObject(0);
        assertThat(found.getString("id")).isEqualTo(id);
        assertThat(found.containsKey("members")).isFalse();

        noContent(entra.patch("/Groups/" + id, patch("""
                {"op":"Add","path":"members","value":[{"$ref":null,"value":"%s"},{"$ref":null,"value":"%s"}]}"""
                .formatted(ada, bob))));
        noContent(entra.patch("/Groups/" + id, patch("""
                {"op":"Replace","path":"displayName","value":"Platform Engineering"},
                {"op":"Replace","path":"externalId","value":"0f1e2d3c-0000-4000-8000-00000000abcd"},
                {"op":"Add","path":"members","value":[{"value":"%s"}]}""".formatted(eve))));
        JsonObject read = ok(entra.get("/Groups/" + id));
        assertThat(read.getString("displayName")).isEqualTo("Platform Engineering");
        assertThat(read.getString("externalId")).isEqualTo("0f1e2d3c-0000-4000-8000-00000000abcd");
        assertThat(memberIds(read)).containsExactlyInAnyOrder(ada, bob, eve);
        JsonObject member = read.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(each -> each.getString("value").equals(ada)).findFirst().orElseThrow();
        assertThat(member.getString("display")).isEqualTo("ada");
        assertThat(member.getString("$ref")).endsWith("/scim/v2/Users/" + ada);
        JsonObject withoutMembers = ok(entra.get("/Groups/" + id + "?excludedAttributes=members"));
        assertThat(withoutMembers.containsKey("members")).isFalse();
        assertThat(withoutMembers.getString("displayName")).isEqualTo("Platform Engineering");

        JsonObject adaRead = ok(entra.get("/Users/" + ada));
        assertThat(adaRead.getJsonArray("groups").getValuesAs(JsonObject.class))
                .singleElement().satisfies(ref -> {
                    assertThat(ref.getString("value")).isEqualTo(id);
                    assertThat(ref.getString("display")).isEqualTo("Platform Engineering");
                    assertThat(ref.getString("type")).isEqualTo("direct");
                    assertThat(ref.getString("$ref")).endsWith("/scim/v2/Groups/" + id);
                });

        noContent(entra.patch("/Groups/" + id, patch("""
                {"op":"Remove","path":"members","value":[{"value":"%s"},{"value":"%s"}]}""".formatted(ada, bob))));
        noContent(entra.patch("/Groups/" + id, patch("""
                {"op":"Remove","path":"members[value eq \\"%s\\"]"}""".formatted(eve))));
        assertThat(memberIds(ok(entra.get("/Groups/" + id)))).isEmpty();
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'group.member_add'"
                + " and tenant_id = ?", entra.tenantId())).isEqualTo(3);
        assertThat(server.queryNumber("select count(*) from audit_records where action = 'group.member_remove'"
                + " and tenant_id = ?", entra.tenantId())).isEqualTo(3);

        noContent(entra.delete("/Groups/" + id));
        assertScimError(entra.get("/Groups/" + id), 404, null);
        assertThat(ok(entra.get("/Users/" + ada)).containsKey("groups")).as("a user in no group").isFalse();
    }

    /**
     * Okta's Push Groups, as its SCIM 2.0 guide shows each request: create with an empty member list,
     * lookup by name, paged listing, the path-less replace with id and displayName, add with display,
     * remove by a value filter, and PUT with the whole member list.
     */
    @Test
    void oktaPushGroups(DashifyServer server) {
        ScimClient okta = ScimClient.forNewTenant(server);
        String tenant = okta.tenantName();
        String ada = user(okta, "ada@" + tenant + ".example");
        String bob = user(okta, "bob@" + tenant + ".example");

        DashifyServer.Response created = okta.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Test SCIMv2","members":[]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = ScimClient.json(created.body()).getString("id");
        for (int i = 0; i < 3; i++) {
            assertThat(okta.post("/Groups", """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Other %d","members":[]}"""
                    .formatted(i)).status()).isEqualTo(201);
        }

        assertList(okta.get("/Groups?filter=" + filter("displayName eq \"Test SCIMv2\"")), 1);
        JsonObject firstPage = assertList(okta.get("/Groups?startIndex=1&count=2"), 4);
        JsonObject secondPage = assertList(okta.get("/Groups?startIndex=3&count=2"), 4);
        assertThat(firstPage.getJsonArray("Resources")).hasSize(2);
        assertThat(secondPage.getInt("startIndex")).isEqualTo(3);
        List<String> listed = new ArrayList<>();
        for (JsonObject page : List.of(firstPage, secondPage)) {
            page.getJsonArray("Resources").getValuesAs(JsonObject.class).forEach(g -> listed.add(g.getString("id")));
        }
        assertThat(listed).doesNotHaveDuplicates().hasSize(4).contains(id);

        noContent(okta.patch("/Groups/" + id, patch("""
                {"op":"replace","value":{"id":"%s","displayName":"Test SCIMv2 renamed"}}""".formatted(id))));
        noContent(okta.patch("/Groups/" + id, patch("""
                {"op":"add","path":"members","value":[{"value":"%s","display":"ada@%s.example"}]}"""
                .formatted(ada, tenant))));
        noContent(okta.patch("/Groups/" + id, patch("""
                {"op":"add","path":"members","value":[{"value":"%s","display":"ada@%s.example"}]}"""
                .formatted(ada, tenant))));
        assertThat(memberIds(ok(okta.get("/Groups/" + id)))).as("adding a member twice is no error").containsExactly(ada);
        noContent(okta.patch("/Groups/" + id, patch("""
                {"op":"remove","path":"members[value eq \\"%s\\"]"}""".formatted(bob))));

        JsonObject put = ok(okta.put("/Groups/" + id, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"%s","displayName":"Test SCIMv2 renamed",
                 "members":[{"value":"%s","display":"bob"}]}""".formatted(id, bob)));
        assertThat(memberIds(put)).containsExactly(bob);
        JsonObject read = ok(okta.get("/Groups/" + id));
        assertThat(read.getString("displayName")).isEqualTo("Test SCIMv2 renamed");
        assertThat(memberIds(read)).containsExactly(bob);
        JsonObject renamedOnly = ok(okta.put("/Groups/" + id, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Test SCIMv2 again"}"""));
        assertThat(memberIds(renamedOnly)).as("a PUT without members leaves them").containsExactly(bob);
        assertList(okta.get("/Groups?filter=" + filter("members[value eq \"" + bob + "\"]")), 1);
        assertList(okta.get("/Groups?filter=" + filter("members.value eq \"" + ada + "\"")), 0);

        assertScimError(okta.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"test scimv2 AGAIN"}"""),
                409, "uniqueness");
        noContent(okta.delete("/Groups/" + id));
    }

    /** Unknown users, users of another tenant and deleted users are named in a 400, and nothing changes. */
    @Test
    void membersThatAreNoUsersOfTheTenantAreRefusedByNameAndNothingChanges(DashifyServer server) {
        ScimClient acme = ScimClient.forNewTenant(server);
        ScimClient globex = ScimClient.forNewTenant(server);
        String ada = user(acme, "ada@" + acme.tenantName() + ".example");
        String gone = user(acme, "gone@" + acme.tenantName() + ".example");
        assertThat(acme.delete("/Users/" + gone).status()).isEqualTo(204);
        String stranger = user(globex, "eve@" + globex.tenantName() + ".example");
        String unknown = UUID.randomUUID().toString();
        DashifyServer.Response created = acme.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering",
                 "members":[{"value":"%s"}]}""".formatted(ada));
        String id = ScimClient.json(created.body()).getString("id");
        String etag = created.header("ETag").orElseThrow();

        for (String member : List.of(gone, stranger, unknown, "not-a-user-id")) {
            JsonObject error = assertScimError(acme.patch("/Groups/" + id, patch("""
                    {"op":"replace","path":"displayName","value":"Renamed"},
                    {"op":"add","path":"members","value":[{"value":"%s"}]}""".formatted(member))), 400, "invalidValue");
            assertThat(error.getString("detail")).contains(member);
        }
        assertScimError(acme.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Sales",
                 "members":[{"value":"%s"}]}""".formatted(stranger)), 400, "invalidValue");

        DashifyServer.Response after = acme.get("/Groups/" + id);
        assertThat(ok(after).getString("displayName")).isEqualTo("Engineering");
        assertThat(after.header("ETag")).hasValue(etag);
        assertThat(memberIds(ScimClient.json(after.body()))).containsExactly(ada);
        assertList(acme.get("/Groups?filter=" + filter("displayName eq \"Sales\"")), 0);
        assertScimError(globex.get("/Groups/" + id), 404, null);
    }

    /**
     * Two directories' worth of writes on one group at once: every member added in parallel stays,
     * and a member added while the user is being deleted leaves no membership of a deleted user.
     */
    @Test
    void parallelMemberAddsAllStickAndNoneOutlivesItsUsersDeletion(DashifyServer server) throws Exception {
        ScimClient directory = ScimClient.forNewTenant(server);
        String id = ScimClient.json(directory.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Everyone"}""").body())
                .getString("id");
        List<String> users = IntStream.range(0, 16)
                .mapToObj(i -> user(directory, "u" + i + "@" + directory.tenantName() + ".example")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<DashifyServer.Response>> adds = users.stream()
                    .map(user -> CompletableFuture.supplyAsync(() -> directory.patch("/Groups/" + id, patch("""
                            {"op":"add","path":"members","value":[{"value":"%s"}]}""".formatted(user))), pool))
                    .toList();
            adds.forEach(add -> noContent(add.join()));
            assertThat(memberIds(ok(directory.get("/Groups/" + id)))).containsExactlyInAnyOrderElementsOf(users);

            List<String> racing = IntStream.range(0, 12)
                    .mapToObj(i -> user(directory, "r" + i + "@" + directory.tenantName() + ".example")).toList();
            List<CompletableFuture<DashifyServer.Response>> both = new ArrayList<>();
            for (String user : racing) {
                both.add(CompletableFuture.supplyAsync(() -> directory.patch("/Groups/" + id, patch("""
                        {"op":"add","path":"members","value":[{"value":"%s"}]}""".formatted(user))), pool));
                both.add(CompletableFuture.supplyAsync(() -> directory.delete("/Users/" + user), pool));
            }
            for (CompletableFuture<DashifyServer.Response> each : both) {
                assertThat(each.join().status()).as(each.join().body()).isIn(204, 400);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.queryNumber("select count(*) from group_members m join users u on u.id = m.user_id"
                + " where u.deleted_at is not null and m.group_id = ?", id)).as("memberships of deleted users")
                .isZero();
        JsonValue members = ok(directory.get("/Groups/" + id)).get("members");
        assertThat(members.asJsonArray()).hasSize(users.size());
    }

    /**
     * Clients built on common SCIM libraries read {@code Location} on every answer that carries a
     * resource, not only a create's: GET, PUT and PATCH of users, GET and PUT of groups, each equal
     * to the resource's {@code meta.location} (issue 14).
     */
    @Test
    void everyAnswerThatCarriesAResourceSaysWhereItIs(DashifyServer server) {
        ScimClient directory = ScimClient.forNewTenant(server);
        String ada = user(directory, "ada@" + directory.tenantName() + ".example");
        DashifyServer.Response group = directory.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Located"}""");
        String groupId = ScimClient.json(group.body()).getString("id");

        List<DashifyServer.Response> answers = List.of(
                directory.get("/Users/" + ada),
                directory.put("/Users/" + ada, """
                        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"ada@%s.example",
                         "title":"Engineer"}""".formatted(directory.tenantName())),
                directory.patch("/Users/" + ada, patch("""
                        {"op":"replace","path":"title","value":"Staff Engineer"}""")),
                group,
                directory.get("/Groups/" + groupId),
                directory.put("/Groups/" + groupId, """
                        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Still located"}"""));
        for (DashifyServer.Response answer : answers) {
            assertThat(answer.status()).as(answer.body()).isIn(200, 201);
            String location = ScimClient.json(answer.body()).getJsonObject("meta").getString("location");
            assertThat(answer.header("Location")).as(answer.body()).hasValue(location);
        }
    }
}
