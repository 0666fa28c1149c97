package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Okta's SCIM 2.0 provisioning, replayed with the request bodies Okta sends: the connection
 * check, lookup before create, create with a password and empty groups, PUT-only profile
 * updates, deactivation and reactivation by PUT, and its path-less PATCH.
 */
@ExtendWith(DashifyServer.Extension.class)
class OktaProvisioningIT {

    private static final String CREATE = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
              "userName": "Test.User@okta.local",
              "name": {"givenName": "Test", "familyName": "User"},
              "emails": [{"primary": true, "value": "test.user@okta.local", "type": "work"}],
              "displayName": "Test User",
              "locale": "en-US",
              "externalId": "00ujl29u0le5T6Aj10h7",
              "groups": [],
              "password": "1mz050nq",
              "active": true
            }
            """;

    private static String put(String id, String givenName, boolean active) {
        return """
                {
                  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                  "id": "%s",
                  "userName": "Test.User@okta.local",
                  "name": {"givenName": "%s", "middleName": "", "familyName": "User"},
                  "emails": [{"primary": true, "value": "test.user@okta.local", "type": "work"}],
                  "displayName": "%s User",
                  "locale": "en-US",
                  "externalId": "00ujl29u0le5T6Aj10h7",
                  "groups": [],
                  "active": %s
                }
                """.formatted(id, givenName, givenName, active);
    }

    @Test
    void connectionCheckWithARandomUserNameGivesAnEmptyList(DashifyServer server) {
        ScimClient okta = ScimClient.forNewTenant(server);

        JsonObject list = assertList(okta.get("/Users?filter=userName%20eq%20%22fa8f1c1b-2b8c-4d8e-8c60-0d8e3e5c0a7b%40okta.local%22&startIndex=1&count=100"), 0);

        assertThat(list.getJsonArray("Resources")).isEmpty();
        assertThat(list.getInt("startIndex")).isEqualTo(1);
    }

    @Test
    void fullLifecycleAsOktaSendsIt(DashifyServer server) {
        ScimClient okta = ScimClient.forNewTenant(server);

        assertList(okta.search("userName eq \"test.user@okta.local\""), 0);

        DashifyServer.Response created = okta.post("/Users", CREATE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject user = ScimClient.json(created.body());
        String id = user.getString("id");
        assertThat(created.header("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/scim/v2/Users/" + id));
        assertThat(created.header("ETag")).contains(user.getJsonObject("meta").getString("version"));
        assertThat(user.getString("userName")).isEqualTo("Test.User@okta.local");
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.getJsonObject("meta").getString("resourceType")).isEqualTo("User");
        assertThat(user.getJsonObject("meta").getString("location")).endsWith("/scim/v2/Users/" + id);
        assertThat(created.body()).doesNotContain("1mz050nq").doesNotContain("password");

        // Okta looks the user up again, in whatever case, before each write.
        JsonObject found = assertList(okta.search("userName eq \"test.user@okta.local\""), 1);
        assertThat(found.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(id);

        DashifyServer.Response renamed = okta.put("/Users/" + id, put(id, "Another", true));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonObject afterPut = ScimClient.json(renamed.body());
        assertThat(afterPut.getJsonObject("name").getString("givenName")).isEqualTo("Another");
        assertThat(afterPut.getJsonObject("name").containsKey("middleName")).isFalse();
        assertThat(afterPut.getString("displayName")).isEqualTo("Another User");

        // A role change, as an Okta app with a "roles" attribute mapping sends it: in the PUT.
        DashifyServer.Response promoted = okta.put("/Users/" + id, put(id, "Another", true).replace("\"groups\": [],",
                "\"groups\": [], \"roles\": [{\"value\": \"Editor\", \"primary\": true}],"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(ScimClient.json(promoted.body()).getJsonArray("roles").getJsonObject(0).getString("value"))
                .isEqualTo("Editor");
        assertThat(EntraProvisioningIT.dashifyRole(server, id)).isEqualTo("EDITOR");

        DashifyServer.Response deactivated = okta.put("/Users/" + id, put(id, "Another", false));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(ScimClient.json(okta.get("/Users/" + id).body()).getBoolean("active")).isFalse();
        assertList(okta.search("userName eq \"test.user@okta.local\" and active eq false"), 1);

        DashifyServer.Response reactivated = okta.put("/Users/" + id, put(id, "Another", true));
        assertThat(ScimClient.json(reactivated.body()).getBoolean("active")).isTrue();

        DashifyServer.Response patched = okta.patch("/Users/" + id, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}
                """);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(ScimClient.json(patched.body()).getBoolean("active")).isFalse();

        assertThat(okta.delete("/Users/" + id).status()).isEqualTo(204);
        assertScimError(okta.get("/Users/" + id), 404, null);
        assertList(okta.search("userName eq \"test.user@okta.local\""), 0);

        // The user name is free again: a rehire is a new user.
        DashifyServer.Response rehired = okta.post("/Users", CREATE);
        assertThat(rehired.status()).isEqualTo(201);
        assertThat(ScimClient.json(rehired.body()).getString("id")).isNotEqualTo(id);
    }

    @Test
    void entityTagsProtectAgainstLostUpdates(DashifyServer server) {
        ScimClient okta = ScimClient.forNewTenant(server);
        DashifyServer.Response created = okta.post("/Users", CREATE);
        String id = ScimClient.json(created.body()).getString("id");
        String etag = created.header("ETag").orElseThrow();

        assertThat(okta.send("GET", "/Users/" + id, null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        DashifyServer.Response first = okta.send("PUT", "/Users/" + id, put(id, "First", true), Map.of("If-Match", etag));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isPresent().get().isNotEqualTo(etag);

        assertScimError(okta.send("PUT", "/Users/" + id, put(id, "Stale", true), Map.of("If-Match", etag)), 412, null);
        assertScimError(okta.send("DELETE", "/Users/" + id, null, Map.of("If-Match", etag)), 412, null);
        assertThat(ScimClient.json(okta.get("/Users/" + id).body()).getJsonObject("name").getString("givenName"))
                .isEqualTo("First");
        assertThat(okta.send("GET", "/Users/" + id, null, Map.of("If-None-Match", etag)).status()).isEqualTo(200);
    }

    @Test
    void putIgnoresReadOnlyAttributesButRefusesAForeignId(DashifyServer server) {
        ScimClient okta = ScimClient.forNewTenant(server);
        String id = ScimClient.json(okta.post("/Users", CREATE).body()).getString("id");

        DashifyServer.Response withMeta = okta.put("/Users/" + id, put(id, "Meta", true).replace(
                "\"locale\"", "\"meta\": {\"created\": \"1999-01-01T00:00:00Z\"}, \"groups\": [{\"value\": \"g\"}], \"locale\""));
        assertThat(withMeta.status()).as(withMeta.body()).isEqualTo(200);
        assertThat(ScimClient.json(withMeta.body()).getJsonObject("meta").getString("created")).doesNotStartWith("1999");

        String other = "3f1c2a9e-0000-4000-8000-000000000000";
        assertScimError(okta.put("/Users/" + id, put(other, "Other", true)), 400, "mutability");
        assertThat(ScimClient.json(okta.get("/Users/" + id).body()).getJsonObject("name").getString("givenName"))
                .isEqualTo("Meta");
    }
}
