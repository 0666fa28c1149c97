package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code attributes} and {@code excludedAttributes} (RFC 7644 §3.4.2.5, §3.9) on every answer that
 * carries a resource, checked against what the running service's own {@code /Schemas} says of
 * each attribute and sub-attribute: asked for, it is there and the rest returned by default is
 * not; left out, it is gone unless {@code returned} is {@code always}.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimProjectionIT {

    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private ScimClient scim;
    private String userId;
    private String groupId;

    @BeforeEach
    void aUserWithEveryAttributeInAGroup(DashifyServer server) {
        scim = ScimClient.forNewTenant(server);
        String managerId = id(scim.post("/Users", "{\"schemas\":[\"" + USER + "\"],\"userName\":\"boss@example.com\","
                + "\"displayName\":\"The Boss\"}"));
        userId = id(scim.post("/Users", """
                {"schemas":["%s","%s"],
                 "userName":"full@example.com","externalId":"ext-full","displayName":"Full Person",
                 "name":{"formatted":"Ms. Fay Q. Full III","familyName":"Full","givenName":"Fay","middleName":"Q",
                         "honorificPrefix":"Ms.","honorificSuffix":"III"},
                 "nickName":"Fay","profileUrl":"https://example.com/fay","title":"Engineer","userType":"Employee",
                 "preferredLanguage":"en","locale":"en-US","timezone":"Europe/Paris","active":true,
                 "emails":[{"value":"full@example.com","display":"Work","type":"work","primary":true}],
                 "phoneNumbers":[{"value":"+1 555 0100","display":"Desk","type":"work","primary":true}],
                 "addresses":[{"formatted":"1 Main St","streetAddress":"1 Main St","locality":"Springfield",
                               "region":"IL","postalCode":"62701","country":"US","type":"work","primary":true}],
                 "roles":[{"value":"editor","display":"Editor","type":"app","primary":true}],
                 "%s":{"employeeNumber":"42","costCenter":"CC1","organization":"Org","division":"Div",
                       "department":"Dept","manager":{"value":"%s"}}}
                """.formatted(USER, ENTERPRISE, ENTERPRISE, managerId)));
        groupId = id(scim.post("/Groups", "{\"schemas\":[\"" + GROUP + "\"],\"displayName\":\"Everyone\","
                + "\"externalId\":\"ext-group\",\"members\":[{\"value\":\"" + userId + "\"}]}"));
    }

    @Test
    void everyUserAttributeOfTheSchemasIsReturnedWhenAskedForAndNotWhenLeftOut() {
        JsonObject full = ScimClient.json(scim.get("/Users/" + userId).body());
        List<Path> paths = paths(USER, false);
        paths.addAll(paths(ENTERPRISE, true));
        paths.addAll(common());
        assertThat(paths).hasSizeGreaterThan(50);
        for (Path path : paths) {
            assertThat(path.in(full)).as("the full user has %s", path).isTrue();
            JsonObject asked = ScimClient.json(scim.get("/Users/" + userId + "?attributes=" + path.encoded()).body());
            assertThat(path.in(asked)).as("attributes=%s", path).isEqualTo(!path.returned().equals("never"));
            assertThat(asked.containsKey("id")).as("attributes=%s keeps id", path).isTrue();
            assertThat(asked.containsKey("userName")).as("attributes=%s: userName", path)
                    .isEqualTo(path.name().startsWith("userName"));
            JsonObject left = ScimClient.json(scim.get("/Users/" + userId + "?excludedAttributes=" + path.encoded())
                    .body());
            assertThat(path.in(left)).as("excludedAttributes=%s", path).isEqualTo(path.returned().equals("always"));
            assertThat(left.containsKey("id")).as("excludedAttributes=%s keeps id", path).isTrue();
        }
    }

    @Test
    void everyGroupAttributeOfTheSchemasIsReturnedWhenAskedForAndNotWhenLeftOut() {
        JsonObject full = ScimClient.json(scim.get("/Groups/" + groupId).body());
        List<Path> paths = paths(GROUP, false);
        paths.addAll(common());
        for (Path path : paths) {
            assertThat(path.in(full)).as("the full group has %s", path).isTrue();
            JsonObject asked = ScimClient.json(scim.get("/Groups/" + groupId + "?attributes=" + path.encoded()).body());
            assertThat(path.in(asked)).as("attributes=%s", path).isEqualTo(!path.returned().equals("never"));
            assertThat(asked.containsKey("displayName")).as("attributes=%s: displayName", path)
                    .isEqualTo(path.name().equals("displayName"));
            JsonObject left = ScimClient.json(scim.get("/Groups/" + groupId + "?excludedAttributes=" + path.encoded())
                    .body());
            assertThat(path.in(left)).as("excludedAttributes=%s", path).isEqualTo(path.returned().equals("always"));
            assertThat(left.containsKey("id")).isTrue();
        }
    }

    @Test
    void listsSearchesAndTheAnswersToWritesAreShapedAlike() {
        JsonObject listed = ScimClient.json(scim.get("/Users?filter=" + encode("userName eq \"full@example.com\"")
                + "&attributes=userName,name.givenName").body());
        JsonObject only = listed.getJsonArray("Resources").getJsonObject(0);
        assertThat(only.keySet()).containsExactlyInAnyOrder("schemas", "id", "userName", "name");
        assertThat(only.getJsonObject("name").keySet()).containsExactly("givenName");
        assertThat(only.getJsonArray("schemas")).hasSize(1);

        JsonObject searched = ScimClient.json(scim.post("/Users/.search", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
                 "filter":"userName eq \\"full@example.com\\"","attributes":["userName","name.givenName"]}
                """).body());
        assertThat(searched.getJsonArray("Resources")).isEqualTo(listed.getJsonArray("Resources"));

        DashifyServer.Response created = scim.post("/Users?attributes=userName", "{\"schemas\":[\"" + USER + "\"],"
                + "\"userName\":\"new@example.com\",\"displayName\":\"New\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(ScimClient.json(created.body()).keySet()).containsExactlyInAnyOrder("schemas", "id", "userName");

        DashifyServer.Response patched = scim.patch("/Users/" + userId + "?attributes=active", """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"title","value":"Lead"}]}""");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(ScimClient.json(patched.body()).keySet()).containsExactlyInAnyOrder("schemas", "id", "active");

        DashifyServer.Response replaced = scim.put("/Users/" + userId + "?excludedAttributes=groups,meta,"
                + ENTERPRISE, "{\"schemas\":[\"" + USER + "\"],\"userName\":\"full@example.com\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(ScimClient.json(replaced.body()).keySet()).containsExactlyInAnyOrder("schemas", "id", "userName",
                "active");

        JsonObject groups = ScimClient.json(scim.get("/Groups?excludedAttributes=members,meta").body());
        assertThat(groups.getJsonArray("Resources").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("schemas", "id", "displayName", "externalId");
    }

    /** RFC 7644 §3.9: the two parameters are "mutually exclusive"; a name that names nothing asks for nothing. */
    @Test
    void bothParametersAreRefusedAndANameOfNothingReturnsOnlyTheId() {
        ScimAssertions.assertScimError(scim.get("/Users/" + userId + "?attributes=userName&excludedAttributes=groups"),
                400, "invalidSyntax");
        assertThat(ScimClient.json(scim.get("/Users/" + userId + "?attributes=nonsense").body()).keySet())
                .containsExactlyInAnyOrder("schemas", "id");
    }

    /** RFC 7644 §3.5.2: a PATCH naming {@code attributes} answers 200 with the resource; otherwise a group's is 204. */
    @Test
    void aGroupPatchNamingAttributesAnswersWithTheGroup() {
        String rename = """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","path":"displayName","value":"%s"}]}""";
        assertThat(scim.patch("/Groups/" + groupId, rename.formatted("All")).status()).isEqualTo(204);

        DashifyServer.Response answered = scim.patch("/Groups/" + groupId + "?attributes=displayName,members.value",
                rename.formatted("All of us"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonObject group = ScimClient.json(answered.body());
        assertThat(group.keySet()).containsExactlyInAnyOrder("schemas", "id", "displayName", "members");
        assertThat(group.getString("displayName")).isEqualTo("All of us");
        assertThat(group.getJsonArray("members").getJsonObject(0).keySet()).containsExactly("value");
        assertThat(answered.header("ETag")).isPresent().isEqualTo(scim.get("/Groups/" + groupId).header("ETag"));
        assertThat(answered.header("Location")).hasValue(ScimClient.json(scim.get("/Groups/" + groupId).body())
                .getJsonObject("meta").getString("location"));
    }

    /** The attributes and sub-attributes a schema served by {@code /Schemas} defines, with their {@code returned}. */
    private List<Path> paths(String schemaId, boolean qualified) {
        JsonObject schema = ScimClient.json(scim.get("/Schemas/" + schemaId).body());
        List<Path> paths = new ArrayList<>();
        for (JsonObject attribute : schema.getJsonArray("attributes").getValuesAs(JsonObject.class)) {
            String name = attribute.getString("name");
            String container = qualified ? schemaId : null;
            paths.add(new Path(container, name, null, attribute.getString("returned")));
            JsonArray subs = attribute.getJsonArray("subAttributes");
            if (subs != null) {
                // The manager is kept as the directory's id: its $ref and displayName are never assigned.
                subs.getValuesAs(JsonObject.class).stream()
                        .filter(sub -> !name.equals("manager") || sub.getString("name").equals("value"))
                        .forEach(sub -> paths.add(new Path(container, name, sub.getString("name"),
                                sub.getString("returned"))));
            }
        }
        return paths;
    }

    /** The common attributes (RFC 7643 §3.1), which no schema of {@code /Schemas} lists. */
    private static List<Path> common() {
        List<Path> paths = new ArrayList<>(List.of(new Path(null, "id", null, "always"),
                new Path(null, "externalId", null, "default"), new Path(null, "meta", null, "default")));
        for (String sub : List.of("resourceType", "created", "lastModified", "location", "version")) {
            paths.add(new Path(null, "meta", sub, "default"));
        }
        return paths;
    }

    private static String id(DashifyServer.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ScimClient.json(created.body()).getString("id");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An attribute path; {@code schema} set when the attribute lives in an extension's object. */
    private record Path(String schema, String attribute, String sub, String returned) {

        String name() {
            return sub == null ? attribute : attribute + "." + sub;
        }

        String encoded() {
            return encode(schema == null ? name() : schema + ":" + name());
        }

        boolean in(JsonObject resource) {
            JsonObject container = schema == null ? resource : resource.getJsonObject(schema);
            if (container == null || !container.containsKey(attribute)) {
                return false;
            }
            if (sub == null) {
                return true;
            }
            JsonValue value = container.get(attribute);
            List<JsonObject> elements = value instanceof JsonArray array ? array.getValuesAs(JsonObject.class)
                    : List.of(value.asJsonObject());
            return elements.stream().anyMatch(element -> element.containsKey(sub));
        }

        @Override
        public String toString() {
            return schema == null ? name() : schema + ":" + name();
        }
    }
}
