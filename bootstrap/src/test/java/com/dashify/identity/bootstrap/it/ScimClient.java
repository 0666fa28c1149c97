package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Calls the SCIM API of the server under test as an IdP does: with a tenant's bearer token and
 * {@code application/scim+json}. Each instance belongs to a fresh tenant, so tests do not see
 * each other's users.
 */
final class ScimClient {

    static final String SCIM_JSON = "application/scim+json";

    private final DashifyServer server;
    private final String token;
    private final String tenantId;
    private final String adminId;
    private final String adminUserName;
    private final String tenantName;
    private final String setupLink;

    private ScimClient(DashifyServer server, String token, String tenantId, String adminId, String adminUserName,
                       String tenantName, String setupLink) {
        this.server = server;
        this.token = token;
        this.tenantId = tenantId;
        this.adminId = adminId;
        this.adminUserName = adminUserName;
        this.tenantName = tenantName;
        this.setupLink = setupLink;
    }

    /** Creates a new tenant through the operator API and returns a client with its SCIM token. */
    static ScimClient forNewTenant(DashifyServer server) {
        return forNewTenant(server, null);
    }

    /** As {@link #forNewTenant(DashifyServer)}, with a console password for the admin (null: none). */
    static ScimClient forNewTenant(DashifyServer server, String adminPassword) {
        return forNewTenant(server, adminPassword, "t-" + UUID.randomUUID().toString().substring(0, 13));
    }

    /** As {@link #forNewTenant(DashifyServer, String)}, with a chosen tenant name (unique per server run). */
    static ScimClient forNewTenant(DashifyServer server, String adminPassword, String name) {
        String password = adminPassword == null ? "" : ",\"adminPassword\":\"" + adminPassword + "\"";
        DashifyServer.Response created = server.send("POST", "/api/v1/tenants", Map.of(
                "Authorization", "Bearer " + server.operatorToken(), "Content-Type", "application/json"),
                "{\"name\":\"" + name + "\",\"adminUserName\":\"admin@" + name + ".example\"" + password + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject json = json(created.body());
        return new ScimClient(server, json.getString("scimToken"), json.getString("id"),
                json.getJsonObject("admin").getString("id"), json.getJsonObject("admin").getString("userName"),
                name, json.getString("setupLink", null));
    }

    /** The same tenant, presenting another token (or none, when null). */
    ScimClient withToken(String otherToken) {
        return new ScimClient(server, otherToken, tenantId, adminId, adminUserName, tenantName, setupLink);
    }

    /** The same tenant and token, through another server: another node of a cluster, or its balancer. */
    ScimClient through(DashifyServer other) {
        return new ScimClient(other, token, tenantId, adminId, adminUserName, tenantName, setupLink);
    }

    String token() {
        return token;
    }

    String tenantId() {
        return tenantId;
    }

    String adminId() {
        return adminId;
    }

    String adminUserName() {
        return adminUserName;
    }

    String tenantName() {
        return tenantName;
    }

    /** The one-time password setup link, when the tenant was created without an admin password. */
    String setupLink() {
        return setupLink;
    }

    DashifyServer server() {
        return server;
    }

    DashifyServer.Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    DashifyServer.Response post(String path, String body) {
        return send("POST", path, body, Map.of());
    }

    DashifyServer.Response put(String path, String body) {
        return send("PUT", path, body, Map.of());
    }

    DashifyServer.Response patch(String path, String body) {
        return send("PATCH", path, body, Map.of());
    }

    DashifyServer.Response delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    DashifyServer.Response send(String method, String path, String body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        headers.put("Accept", SCIM_JSON);
        if (body != null) {
            headers.put("Content-Type", SCIM_JSON);
        }
        headers.putAll(extraHeaders);
        return server.send(method, "/scim/v2" + path, headers, body);
    }

    /** A request with a body of raw bytes (not necessarily UTF-8), as {@code application/scim+json}. */
    DashifyServer.Response sendBytes(String method, String path, byte[] body) {
        return server.sendBytes(method, "/scim/v2" + path, Map.of("Authorization", "Bearer " + token,
                "Accept", SCIM_JSON, "Content-Type", SCIM_JSON), body);
    }

    /** {@code /Users?filter=...}, with the filter URL-encoded as IdPs send it. */
    DashifyServer.Response search(String filter) {
        return get("/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
