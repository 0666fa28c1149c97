package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens managed by automation: the operator issues a first token to a tenant's admin, and a
 * token with the {@code tokens} scope lists, issues and revokes tokens at {@code /api/v1/tokens}.
 */
@ExtendWith(DashifyServer.Extension.class)
class TokensApiIT {

    private static DashifyServer.Response operator(DashifyServer server, String tenantId, String body) {
        return server.send("POST", "/api/v1/tenants/" + tenantId + "/tokens", Map.of(
                "Authorization", "Bearer " + server.operatorToken(), "Content-Type", "application/json"), body);
    }

    private static DashifyServer.Response api(DashifyServer server, String method, String path, String token,
                                              String body) {
        return server.send(method, "/api/v1" + path, body == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body);
    }

    @Test
    void operatorIssuesATokenToTheFirstAdmin(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);

        DashifyServer.Response issued = operator(server, tenant.tenantId(),
                "{\"name\":\"automation\",\"scopes\":[\"scim\",\"tokens\"],\"expiresInDays\":null}");

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        JsonObject json = ScimClient.json(issued.body());
        assertThat(json.getString("token")).startsWith("dfy_pat_");
        assertThat(json.getJsonArray("scopes").toString()).isEqualTo("[\"scim\",\"tokens\"]");
        assertThat(json.isNull("expiresAt")).isTrue();
        assertThat(tenant.withToken(json.getString("token")).get("/Users").status()).isEqualTo(200);
    }

    @Test
    void operatorRequestsAreChecked(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);

        assertThat(operator(server, "00000000-0000-4000-8000-000000000000",
                "{\"name\":\"x\",\"scopes\":[\"scim\"]}").status()).isEqualTo(404);
        assertThat(operator(server, tenant.tenantId(),
                "{\"name\":\"x\",\"scopes\":[\"scim\"],\"ownerUserName\":\"nobody@example.com\"}").status())
                .isEqualTo(403);
        assertThat(operator(server, tenant.tenantId(), "{\"name\":\"x\",\"scopes\":[\"root\"]}").status())
                .isEqualTo(400);
        assertThat(operator(server, tenant.tenantId(), "{\"name\":\"x\",\"scopes\":[\"scim\"],\"expiresInDays\":0}")
                .status()).isEqualTo(400);
        assertThat(server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/tokens",
                Map.of("Content-Type", "application/json"), "{\"name\":\"x\",\"scopes\":[\"scim\"]}").status())
                .isEqualTo(401);
        DashifyServer.Response weak = server.send("POST", "/api/v1/tenants", Map.of("Authorization",
                "Bearer " + server.operatorToken(), "Content-Type", "application/json"),
                "{\"name\":\"weak-pw\",\"adminUserName\":\"a@weak.example\",\"adminPassword\":\"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 12 characters").doesNotContain("short\"");
    }

    @Test
    void tokenWithTheTokensScopeRotatesTokens(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String manager = ScimClient.json(operator(server, tenant.tenantId(),
                "{\"name\":\"rotation\",\"scopes\":[\"scim\",\"tokens\"]}").body()).getString("token");

        DashifyServer.Response created = api(server, "POST", "/tokens", manager,
                "{\"name\":\"Entra provisioning\",\"scopes\":[\"scim\"],\"expiresInDays\":90}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject issued = ScimClient.json(created.body());
        String newToken = issued.getString("token");
        assertThat(issued.getString("expiresAt")).isNotBlank();
        assertThat(tenant.withToken(newToken).get("/Users").status()).isEqualTo(200);

        DashifyServer.Response listed = api(server, "GET", "/tokens", manager, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("Entra provisioning").contains("Initial SCIM token")
                .doesNotContain(newToken.substring(8)).doesNotContain(tenant.token().substring(8));
        JsonObject list = ScimClient.json(listed.body());
        assertThat(list.getJsonArray("tenant")).hasSize(3);
        assertThat(ScimClient.json(created.body()).getJsonArray("scopes").toString()).isEqualTo("[\"scim\"]");

        assertThat(api(server, "DELETE", "/tokens/" + issued.getString("id"), manager, null).status()).isEqualTo(204);
        assertThat(tenant.withToken(newToken).get("/Users").status()).isEqualTo(401);
        assertThat(api(server, "DELETE", "/tokens/00000000-0000-4000-8000-000000000000", manager, null).status())
                .isEqualTo(404);
    }

    @Test
    void aTokenCannotMintMoreThanItHas(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String manager = ScimClient.json(operator(server, tenant.tenantId(),
                "{\"name\":\"rotation\",\"scopes\":[\"tokens\"],\"expiresInDays\":2}").body()).getString("token");

        assertThat(api(server, "POST", "/tokens", manager, "{\"name\":\"wider\",\"scopes\":[\"scim\"],\"expiresInDays\":1}")
                .status()).isEqualTo(403);
        assertThat(api(server, "POST", "/tokens", manager, "{\"name\":\"longer\",\"scopes\":[\"tokens\"]}").status())
                .isEqualTo(400);
        assertThat(api(server, "POST", "/tokens", manager,
                "{\"name\":\"same\",\"scopes\":[\"tokens\"],\"expiresInDays\":1}").status()).isEqualTo(201);
    }

    @Test
    void demotedOwnersTokensStopManagingTokens(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String manager = ScimClient.json(operator(server, tenant.tenantId(),
                "{\"name\":\"rotation\",\"scopes\":[\"tokens\"]}").body()).getString("token");
        assertThat(api(server, "GET", "/tokens", manager, null).status()).isEqualTo(200);

        tenant.patch("/Users/" + tenant.adminId(), """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"roles","value":[{"value":"Editor","primary":true}]}]}
                """);

        assertThat(api(server, "GET", "/tokens", manager, null).status()).isEqualTo(403);
    }

    @Test
    void operatorReissuesASetupLink(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        Map<String, String> operator = Map.of("Authorization", "Bearer " + server.operatorToken(),
                "Content-Type", "application/json");

        DashifyServer.Response link = server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/setup-links",
                operator, "{\"userName\":\"" + tenant.adminUserName() + "\"}");
        DashifyServer.Response nobody = server.send("POST", "/api/v1/tenants/" + tenant.tenantId() + "/setup-links",
                operator, "{\"userName\":\"nobody@example.com\"}");

        assertThat(link.status()).as(link.body()).isEqualTo(201);
        assertThat(ScimClient.json(link.body()).getString("setupLink")).contains("/admin/setup.xhtml#dfy_setup_");
        assertThat(nobody.status()).isEqualTo(403);
    }

    @Test
    void scimTokensCannotManageTokensAndBadTokensCannotEither(DashifyServer server) {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        ScimClient other = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String otherManager = ScimClient.json(operator(server, other.tenantId(),
                "{\"name\":\"rotation\",\"scopes\":[\"tokens\"]}").body()).getString("token");
        JsonObject otherList = ScimClient.json(api(server, "GET", "/tokens", otherManager, null).body());
        assertThat(otherList.getJsonArray("tenant").toString()).doesNotContain(tenant.tenantId())
                .doesNotContain(tenant.adminUserName());

        DashifyServer.Response forbidden = api(server, "GET", "/tokens", tenant.token(), null);
        // ... and a token without the scim scope cannot provision.
        assertThat(tenant.withToken(otherManager).get("/Users").status()).isEqualTo(403);
        DashifyServer.Response anonymous = server.send("GET", "/api/v1/tokens", Map.of(), null);
        DashifyServer.Response bogus = api(server, "GET", "/tokens", "dfy_pat_nonsense", null);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).isPresent();
        assertThat(bogus.status()).isEqualTo(401);
        // Another tenant's manager token cannot touch this tenant's tokens.
        String tenantTokenId = ScimClient.json(operator(server, tenant.tenantId(),
                "{\"name\":\"mine\",\"scopes\":[\"scim\"]}").body()).getString("id");
        assertThat(api(server, "DELETE", "/tokens/" + tenantTokenId, otherManager, null).status()).isEqualTo(404);
    }

    @Test
    void hugeNumbersAndBodiesThatAreNotUtf8AreProblemsAndCreateNothing(DashifyServer server) {
        String name = "t-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, String> headers = Map.of("Authorization", "Bearer " + server.operatorToken(),
                "Content-Type", "application/json");
        String body = "{\"name\":\"" + name + "\",\"adminUserName\":\"ren\u00e9e@" + name + ".example\"";

        assertProblem(server.send("POST", "/api/v1/tenants", headers, body + ",\"x\":" + "9".repeat(1_200) + "}"));
        assertProblem(server.sendBytes("POST", "/api/v1/tenants", headers,
                (body + "}").getBytes(StandardCharsets.ISO_8859_1)));
        assertProblem(server.sendBytes("POST", "/api/v1/tenants", headers,
                (body + "}").getBytes(StandardCharsets.UTF_16)));

        DashifyServer.Response created = server.send("POST", "/api/v1/tenants", headers, body + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(ScimClient.json(created.body()).getJsonObject("admin").getString("userName"))
                .isEqualTo("ren\u00e9e@" + name + ".example");
    }

    /** A 400 as an RFC 9457 problem, with nothing internal in it. */
    private static void assertProblem(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(ScimClient.json(response.body()).getInt("status")).isEqualTo(400);
        assertThat(response.body()).doesNotContainPattern(ServerLog.INTERNALS).doesNotContain("com.dashify")
                .doesNotContain("org.eclipse");
    }
}
