package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every SCIM request needs a valid token of an active Org Admin and stays inside that admin's
 * tenant: 401 without one (with the same body whatever was wrong), 403 without the right role,
 * and another tenant's users are indistinguishable from users that do not exist.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimAuthenticationIT {

    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"someone@example.com"}
            """;

    @Test
    void missingTokenIsChallenged(DashifyServer server) {
        ScimClient anonymous = ScimClient.forNewTenant(server).withToken(null);

        for (String path : new String[] {"/Users", "/ServiceProviderConfig", "/Schemas", "/Nope"}) {
            DashifyServer.Response response = anonymous.get(path);
            assertScimError(response, 401, null);
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
        assertScimError(anonymous.send("GET", "/Users", null, Map.of("Authorization", "Basic YWRtaW46YWRtaW4=")),
                401, null);
    }

    @Test
    void badTokensAllGetTheSameAnswer(DashifyServer server) {
        ScimClient valid = ScimClient.forNewTenant(server);
        String token = valid.token();
        char last = token.charAt(token.length() - 1);
        String[] bad = {"nonsense", "dfy_pat_", token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
            token + "x", token.toUpperCase()};

        String firstBody = null;
        for (String candidate : bad) {
            DashifyServer.Response response = valid.withToken(candidate).get("/Users");
            assertScimError(response, 401, null);
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("invalid_token"));
            if (firstBody == null) {
                firstBody = response.body();
            }
            assertThat(response.body()).isEqualTo(firstBody);
        }
        assertThat(valid.get("/Users").status()).isEqualTo(200);
    }

    @Test
    void anotherTenantsUserBehavesAsIfItDidNotExist(DashifyServer server) {
        ScimClient acme = ScimClient.forNewTenant(server);
        ScimClient globex = ScimClient.forNewTenant(server);
        String acmeUser = ScimClient.json(acme.post("/Users", USER).body()).getString("id");
        String missing = "00000000-0000-4000-8000-000000000000";

        for (String id : new String[] {acmeUser, acme.adminId()}) {
            assertThat(globex.get("/Users/" + id).body()).isEqualTo(globex.get("/Users/" + missing).body());
            assertScimError(globex.get("/Users/" + id), 404, null);
            assertScimError(globex.put("/Users/" + id, USER), 404, null);
            assertScimError(globex.patch("/Users/" + id, """
                    {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                     "Operations":[{"op":"replace","path":"active","value":false}]}
                    """), 404, null);
            assertScimError(globex.delete("/Users/" + id), 404, null);
        }
        assertList(globex.search("userName eq \"someone@example.com\""), 0);
        assertList(globex.search("id eq \"" + acmeUser + "\""), 0);
        // The same user name is free in another tenant.
        assertThat(globex.post("/Users", USER).status()).isEqualTo(201);
        JsonObject stillThere = ScimClient.json(acme.get("/Users/" + acmeUser).body());
        assertThat(stillThere.getBoolean("active")).isTrue();
    }

    @Test
    void demotedAdminsTokenIsForbiddenOnItsNextRequest(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);

        DashifyServer.Response demoted = scim.patch("/Users/" + scim.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"roles","value":[{"value":"Viewer","primary":true}]}]}
                """);

        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertScimError(scim.get("/Users"), 403, null);
    }

    @Test
    void deactivatedAdminsTokenStopsWorkingAndStaysRevoked(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);

        DashifyServer.Response deactivated = scim.patch("/Users/" + scim.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}
                """);

        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertScimError(scim.get("/Users"), 401, null);
        try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement()) {
            try (ResultSet token = statement.executeQuery("select revoked_at, revocation_reason from"
                    + " personal_access_tokens where tenant_id = '" + scim.tenantId() + "'")) {
                assertThat(token.next()).isTrue();
                assertThat(token.getTimestamp("revoked_at")).isNotNull();
                assertThat(token.getString("revocation_reason")).isEqualTo("owner deactivated");
            }
            // Even an owner brought back behind the service's back does not bring the token back.
            statement.executeUpdate("update users set active = true where id = '" + scim.adminId() + "'");
        }
        assertScimError(scim.get("/Users"), 401, null);
    }

    @Test
    void discoveryEndpointsTellTheTruth(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);

        JsonObject config = ScimClient.json(scim.get("/ServiceProviderConfig").body());
        assertThat(config.getJsonObject("patch").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("bulk").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("bulk").getInt("maxOperations")).isEqualTo(1000);
        assertThat(config.getJsonObject("bulk").getInt("maxPayloadSize")).isEqualTo(1_048_576);
        assertThat(config.getJsonObject("filter").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("filter").getInt("maxResults")).isEqualTo(200);
        assertThat(config.getJsonObject("changePassword").getBoolean("supported")).isFalse();
        assertThat(config.getJsonObject("sort").getBoolean("supported")).isTrue();
        assertThat(config.getJsonObject("etag").getBoolean("supported")).isTrue();
        assertThat(config.getJsonArray("authenticationSchemes").getJsonObject(0).getString("type"))
                .isEqualTo("oauthbearertoken");

        JsonObject types = assertList(scim.get("/ResourceTypes"), 2);
        assertThat(types.getJsonArray("Resources").getValuesAs(JsonObject.class))
                .extracting(type -> type.getString("endpoint")).containsExactly("/Users", "/Groups");
        assertThat(scim.get("/ResourceTypes/User").status()).isEqualTo(200);
        assertThat(ScimClient.json(scim.get("/ResourceTypes/Group").body()).getString("schema"))
                .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:Group");
        assertScimError(scim.get("/ResourceTypes/Role"), 404, null);

        JsonObject schemas = assertList(scim.get("/Schemas"), 3);
        assertThat(schemas.getJsonArray("Resources").getValuesAs(JsonObject.class))
                .extracting(schema -> schema.getString("id")).contains("urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:core:2.0:Group");
        JsonObject group = ScimClient.json(scim.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group").body());
        assertThat(group.getJsonArray("attributes").getValuesAs(JsonObject.class))
                .extracting(attribute -> attribute.getString("name")).contains("displayName", "members");
        JsonObject user = ScimClient.json(scim.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").body());
        assertThat(user.getJsonArray("attributes").getJsonObject(0).getString("name")).isEqualTo("userName");
        assertThat(user.getJsonArray("attributes").getJsonObject(0).getBoolean("caseExact")).isFalse();
        assertThat(user.getJsonArray("attributes").getJsonObject(0).getString("uniqueness")).isEqualTo("server");
        assertScimError(scim.get("/Schemas/urn:example:nothing"), 404, null);
    }

    @Test
    void duplicateTenantNameIsAConflictAndTheOperatorTokenIsRequired(DashifyServer server) {
        String body = "{\"name\":\"dup-tenant\",\"adminUserName\":\"admin@dup.example\"}";
        Map<String, String> operator = Map.of("Authorization", "Bearer " + server.operatorToken(),
                "Content-Type", "application/json");

        DashifyServer.Response first = server.send("POST", "/api/v1/tenants", operator, body);
        DashifyServer.Response second = server.send("POST", "/api/v1/tenants", operator, body.replace("dup-tenant", "DUP-Tenant"));
        DashifyServer.Response anonymous = server.send("POST", "/api/v1/tenants", Map.of("Content-Type", "application/json"),
                body.replace("dup-tenant", "other-tenant"));
        DashifyServer.Response wrong = server.send("POST", "/api/v1/tenants", Map.of("Authorization", "Bearer wrong-token-123456",
                "Content-Type", "application/json"), body.replace("dup-tenant", "other-tenant"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(ScimClient.json(first.body()).getString("scimToken")).startsWith("dfy_pat_");
        assertThat(second.status()).isEqualTo(409);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(server.send("POST", "/api/v1/tenants", operator, "{\"name\":\"Not a slug!\",\"adminUserName\":\"a@b\"}")
                .status()).isEqualTo(400);
    }
}
