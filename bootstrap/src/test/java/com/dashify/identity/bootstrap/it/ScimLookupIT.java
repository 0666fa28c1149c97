package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a directory writes, it finds again: a lookup by {@code userName} and the uniqueness check
 * treat a name alike, so a directory never loops between "not found" and "conflict"; filters
 * answer on both databases; attributes a directory names by their URN are stored.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimLookupIT {

    private ScimClient scim;

    @BeforeEach
    void newTenant(DashifyServer server) {
        scim = ScimClient.forNewTenant(server);
    }

    private static String user(String userName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName + "\"}";
    }

    @Test
    void aUserNameWithSurroundingSpaceIsFoundAsItConflicts() {
        DashifyServer.Response created = scim.post("/Users", user("trail@example.com "));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(ScimClient.json(created.body()).getString("userName")).isEqualTo("trail@example.com");

        assertScimError(scim.post("/Users", user("trail@example.com ")), 409, "uniqueness");
        assertList(scim.search("userName eq \"trail@example.com \""), 1);
        assertList(scim.search("userName eq \" TRAIL@example.com\""), 1);
        assertList(scim.search("userName eq \"trail@example.com\""), 1);
    }

    @Test
    void composedAndDecomposedFormsAreOneUserName() {
        // "josé" with é as one character (NFC), and as e followed by a combining acute accent (NFD).
        String composed = "jos\\u00e9@example.com";
        String decomposed = "jose\\u0301@example.com";
        assertThat(scim.post("/Users", user(composed)).status()).isEqualTo(201);

        assertScimError(scim.post("/Users", user(decomposed)), 409, "uniqueness");
        assertList(scim.search("userName eq \"" + decomposed + "\""), 1);
        assertList(scim.search("userName eq \"" + composed + "\""), 1);
        assertList(scim.search("userName sw \"jose\\u0301\""), 1);
    }

    @Test
    void activeCombinedWithASubstringFilterAnswersOnEveryDatabase() {
        for (String name : new String[] {"u1@example.com", "u2@example.com", "other@example.com"}) {
            assertThat(scim.post("/Users", user(name)).status()).isEqualTo(201);
        }
        String u2 = ScimClient.json(scim.search("userName eq \"u2@example.com\"").body()).getJsonArray("Resources")
                .getJsonObject(0).getString("id");
        assertThat(scim.patch("/Users/" + u2, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}").status()).isEqualTo(200);

        JsonObject active = assertList(scim.search("active eq true and userName sw \"u\""), 1);
        assertThat(active.getJsonArray("Resources").getJsonObject(0).getString("userName"))
                .isEqualTo("u1@example.com");
        assertList(scim.search("userName ew \"@example.com\" and active eq false"), 1);
        assertList(scim.search("not (active eq true) or userName co \"other\""), 2);
    }

    @Test
    void urnQualifiedAttributesAreStoredOnCreateAndReplaceAsPatchStoresThem() {
        DashifyServer.Response created = scim.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "urn:ietf:params:scim:schemas:core:2.0:User:userName":"qualified@example.com",
                 "urn:ietf:params:scim:schemas:core:2.0:User:displayName":"Qualified Name",
                 "urn:ietf:params:scim:schemas:core:2.0:User:name":{"givenName":"Quinn"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Operations"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject stored = ScimClient.json(created.body());
        assertThat(stored.getString("userName")).isEqualTo("qualified@example.com");
        assertThat(stored.getString("displayName")).isEqualTo("Qualified Name");
        assertThat(stored.getJsonObject("name").getString("givenName")).isEqualTo("Quinn");
        assertThat(stored.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .getString("department")).isEqualTo("Operations");

        DashifyServer.Response replaced = scim.put("/Users/" + stored.getString("id"), """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"qualified@example.com",
                 "urn:ietf:params:scim:schemas:core:2.0:User:title":"Chief Qualifier"}
                """);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonObject read = ScimClient.json(scim.get("/Users/" + stored.getString("id")).body());
        assertThat(read.getString("title")).isEqualTo("Chief Qualifier");
        assertThat(read.containsKey("displayName")).isFalse();
    }

    /** {@code POST /Users/.search} and {@code /Groups/.search} mean what the GET means (RFC 7644 §3.4.3). */
    @Test
    void aSearchPostedMeansWhatTheSameSearchAsAGetMeans() {
        for (String name : List.of("ada", "adam", "bob")) {
            assertThat(scim.post("/Users", user(name + "@example.com")).status()).isEqualTo(201);
        }
        assertThat(scim.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Admins"}""").status())
                .isEqualTo(201);

        JsonObject got = assertList(scim.get("/Users?filter=" + URLEncoder.encode("userName sw \"ada\"",
                StandardCharsets.UTF_8) + "&sortBy=userName&sortOrder=descending&count=1"), 2);
        JsonObject posted = assertList(scim.post("/Users/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],"filter":"userName sw \\"ada\\"",
                 "sortBy":"userName","sortOrder":"descending","count":1}"""), 2);
        assertThat(posted.getJsonArray("Resources")).isEqualTo(got.getJsonArray("Resources"));
        assertThat(posted.getJsonArray("Resources").getJsonObject(0).getString("userName"))
                .isEqualTo("adam@example.com");

        JsonObject groups = assertList(scim.post("/Groups/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"displayName eq \\"admins\\"","excludedAttributes":["members"]}"""), 1);
        assertThat(groups.getJsonArray("Resources").getJsonObject(0).getString("displayName")).isEqualTo("Admins");
        assertScimError(scim.post("/Users/.search", "{\"filter\":\"userName pr\"}"), 400, "invalidSyntax");
        assertScimError(scim.post("/Users/.search", searchRequest("", "")), 400, "invalidFilter");
    }

    /** The same searches, as a GET's query and as a SearchRequest body, answer the same, on both types. */
    @Test
    void everySearchAnswersTheSameAsAGetAndAsAPost() {
        for (String name : List.of("eq-ann", "eq-bob", "eq-cat", "other")) {
            assertThat(scim.post("/Users", user(name + "@example.com")).status()).isEqualTo(201);
            assertThat(scim.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"" + name + "\"}").status()).isEqualTo(201);
        }
        record Search(String resource, String filter, String sortBy, String sortOrder, Integer startIndex,
                      Integer count, String attributes, String excludedAttributes) {
        }
        List<Search> searches = List.of(
                new Search("Users", null, null, null, null, null, null, null),
                new Search("Users", "userName sw \"eq\"", "userName", "descending", 2, 1, null, null),
                new Search("Users", "userName co \"-\" and not (userName ew \"cat@example.com\")", "meta.created",
                        null, null, 10, "userName,meta.created", null),
                new Search("Users", null, null, null, 3, 2, null, "meta,groups"),
                new Search("Groups", "displayName sw \"eq\"", "displayName", "descending", null, 2, null, "members"),
                new Search("Groups", null, "displayName", null, 2, null, "displayName", null));
        for (Search search : searches) {
            StringBuilder query = new StringBuilder();
            JsonObjectBuilder body = Json.createObjectBuilder()
                    .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"));
            BiConsumer<String, Object> both = (name, value) -> {
                if (value == null) {
                    return;
                }
                query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
                if (value instanceof Integer number) {
                    body.add(name, number);
                } else if (name.endsWith("ttributes")) {
                    JsonArrayBuilder names = Json.createArrayBuilder();
                    List.of(value.toString().split(",")).forEach(names::add);
                    body.add(name, names);
                } else {
                    body.add(name, value.toString());
                }
            };
            both.accept("filter", search.filter());
            both.accept("sortBy", search.sortBy());
            both.accept("sortOrder", search.sortOrder());
            both.accept("startIndex", search.startIndex());
            both.accept("count", search.count());
            both.accept("attributes", search.attributes());
            both.accept("excludedAttributes", search.excludedAttributes());
            DashifyServer.Response got = scim.get("/" + search.resource() + query);
            DashifyServer.Response posted = scim.post("/" + search.resource() + "/.search", body.build().toString());
            assertThat(got.status()).as(search + ": " + got.body()).isEqualTo(200);
            assertThat(ScimClient.json(posted.body())).as(search.toString()).isEqualTo(ScimClient.json(got.body()));
        }
    }

    /**
     * A search at the root (RFC 7644 §3.4.2, §3.4.3), as {@code GET /} or {@code POST /.search},
     * searches Users and Groups as one list: the users, then the groups, each as the same search on
     * its own endpoint finds them and shaped by its own type; a condition on an attribute one type
     * lacks is false there, and one on an attribute of no type is {@code invalidFilter}.
     */
    @Test
    void aSearchAtTheRootFindsUsersThenGroupsAsTheirOwnSearchesDo() {
        for (String name : List.of("ops-ann", "ops-bob", "dev-cat")) {
            assertThat(scim.post("/Users", user(name + "@example.com")).status()).isEqualTo(201);
        }
        for (String name : List.of("ops-team", "ops-oncall", "dev-team")) {
            assertThat(scim.post("/Groups", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"" + name + "\"}").status()).isEqualTo(201);
        }
        String filter = "userName sw \"ops\" or displayName sw \"ops\"";
        JsonObject all = assertList(scim.post("/.search", searchRequest(filter, "\"attributes\":[\"userName\"]")), 4);
        assertThat(names(all)).containsExactly("ops-ann@example.com", "ops-bob@example.com", null, null);
        JsonObject group = all.getJsonArray("Resources").getJsonObject(2);
        assertThat(group.keySet()).containsExactlyInAnyOrder("schemas", "id");
        assertThat(group.getJsonArray("schemas").getString(0)).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Group");

        JsonObject named = assertList(scim.post("/.search", searchRequest(filter,
                "\"attributes\":[\"userName\",\"displayName\"]")), 4);
        // Users, then groups, each in order of creation.
        assertThat(names(named)).containsExactly("ops-ann@example.com", "ops-bob@example.com", "ops-team",
                "ops-oncall");
        assertThat(assertList(scim.get("/?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                + "&attributes=userName,displayName"), 4)).isEqualTo(named);

        assertThat(names(assertList(scim.post("/.search", searchRequest(filter,
                "\"startIndex\":2,\"count\":2,\"attributes\":[\"userName\",\"displayName\"]")), 4)))
                .containsExactly("ops-bob@example.com", "ops-team");
        assertThat(names(assertList(scim.post("/.search", searchRequest(filter,
                "\"startIndex\":4,\"count\":1,\"attributes\":[\"userName\",\"displayName\"]")), 4)))
                .containsExactly("ops-oncall");
        JsonObject none = assertList(scim.post("/.search", searchRequest(filter, "\"count\":0")), 4);
        assertThat(none.getJsonArray("Resources")).isEmpty();
        assertThat(none.getInt("itemsPerPage")).isZero();

        assertList(scim.post("/.search", searchRequest("userName pr", "")), 4);
        assertList(scim.post("/.search", searchRequest("meta.resourceType eq \"Group\"", "")), 3);
        assertList(scim.post("/.search", searchRequest(null, "\"count\":0")), 7);
        assertScimError(scim.post("/.search", searchRequest("userNme eq \"x\"", "")), 400, "invalidFilter");
        assertScimError(scim.post("/.search", searchRequest(null, "\"sortBy\":\"userName\"")), 400,
                "invalidValue");
        assertScimError(scim.post("/.search", searchRequest(null, "\"cursor\":\"\"")), 400, "invalidValue");
    }

    /** A SearchRequest body with this filter (none when null) and these further members, each followed by a comma. */
    private static String searchRequest(String filter, String members) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:SearchRequest"));
        if (filter != null) {
            body.add("filter", filter);
        }
        String json = body.build().toString();
        return members.isEmpty() ? json : json.substring(0, json.length() - 1) + "," + members + "}";
    }

    /** The userName of each user and the displayName of each group of a list, in its order. */
    private static List<String> names(JsonObject list) {
        return list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(resource -> resource.getString("userName", resource.getString("displayName", null))).toList();
    }

    /** {@code /Me} is refused on purpose, with the SCIM envelope: a SCIM token is a directory's, not a person's. */
    @Test
    void meIsNotImplementedForADirectorysToken() {
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            assertScimError(scim.send(method, "/Me", List.of("GET", "DELETE").contains(method) ? null : "{}",
                    Map.of()), 501, null);
        }
    }
}
