package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Microsoft Entra ID's provisioning, replayed with the request bodies Entra sends: lookup by
 * userName, create with the enterprise extension, PATCH with capitalised operations, string
 * booleans, path-less values with dotted and URN-qualified keys, a work e-mail added through a
 * filter that matches nothing yet, the manager as a bare id, disable, enable and delete.
 */
@ExtendWith(DashifyServer.Extension.class)
class EntraProvisioningIT {

    private static final String USER_NAME = "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1";

    private static final String CREATE = """
            {
              "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
              "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
              "userName": "Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1",
              "active": true,
              "emails": [{"primary": true, "type": "work",
                          "value": "Test_User_fd0ea19b-0777-472c-9f96-4f70d2226f2e@testuser.com"}],
              "meta": {"resourceType": "User"},
              "name": {"formatted": "givenName familyName", "familyName": "familyName", "givenName": "givenName"},
              "roles": [],
              "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales"}
            }
            """;

    private static String patch(String operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations + "]}";
    }

    private static JsonObject ok(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ScimClient.json(response.body());
    }

    @Test
    void fullLifecycleAsEntraSendsIt(DashifyServer server) {
        ScimClient entra = ScimClient.forNewTenant(server);

        assertList(entra.search("userName eq \"" + USER_NAME + "\""), 0);
        DashifyServer.Response created = entra.post("/Users", CREATE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = ScimClient.json(created.body()).getString("id");
        assertThat(dashifyRole(server, id)).isEqualTo("VIEWER");
        assertThat(ScimClient.json(created.body()).getJsonObject(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User").getString("department")).isEqualTo("Sales");

        assertList(entra.search("userName eq \"" + USER_NAME.toUpperCase() + "\""), 1);
        assertList(entra.search("externalId eq \"0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef\""), 1);

        JsonObject updated = ok(entra.patch("/Users/" + id, patch("""
                {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"updatedEmail@microsoft.com"},
                {"op":"Replace","path":"name.familyName","value":"updatedFamilyName"}
                """)));
        assertThat(updated.getJsonArray("emails").getJsonObject(0).getString("value"))
                .isEqualTo("updatedEmail@microsoft.com");
        assertThat(updated.getJsonObject("name").getString("familyName")).isEqualTo("updatedFamilyName");

        JsonObject pathless = ok(entra.patch("/Users/" + id, patch("""
                {"op":"Replace","value":{
                  "displayName":"Renamed User",
                  "name.givenName":"Renamed",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Tour Operations",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber":"701984"}}
                """)));
        assertThat(pathless.getString("displayName")).isEqualTo("Renamed User");
        assertThat(pathless.getJsonObject("name").getString("givenName")).isEqualTo("Renamed");
        JsonObject enterprise = pathless.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        assertThat(enterprise.getString("department")).isEqualTo("Tour Operations");
        assertThat(enterprise.getString("employeeNumber")).isEqualTo("701984");

        JsonObject manager = ok(entra.patch("/Users/" + id, patch("""
                {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                 "value":"2819c223-7f76-453a-919d-ab1234567891"}
                """)));
        assertThat(manager.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .getJsonObject("manager").getString("value")).isEqualTo("2819c223-7f76-453a-919d-ab1234567891");

        JsonObject role = ok(entra.patch("/Users/" + id, patch("""
                {"op":"Replace","path":"roles[primary eq \\"True\\"].value","value":"Editor"}
                """)));
        assertThat(role.getJsonArray("roles").getJsonObject(0).getString("value")).isEqualTo("Editor");
        assertThat(role.getJsonArray("roles").getJsonObject(0).getBoolean("primary")).isTrue();
        assertThat(dashifyRole(server, id)).isEqualTo("EDITOR");

        JsonObject disabled = ok(entra.patch("/Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}")));
        assertThat(disabled.getBoolean("active")).isFalse();
        assertList(entra.search("active eq false"), 1);

        JsonObject enabled = ok(entra.patch("/Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":true}")));
        assertThat(enabled.getBoolean("active")).isTrue();

        assertThat(entra.delete("/Users/" + id).status()).isEqualTo(204);
        assertScimError(entra.get("/Users/" + id), 404, null);
        assertScimError(entra.patch("/Users/" + id, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}")),
                404, null);
        assertScimError(entra.delete("/Users/" + id), 404, null);
    }

    /** The Dashify role the service derived, as stored: SCIM shows the directory's roles, not it. */
    static String dashifyRole(DashifyServer server, String userId) {
        try (Connection db = server.connectToDatabase(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select role_name from users where id = '" + userId + "'")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void workEmailIsCreatedWhenEntraAddsItThroughAFilter(DashifyServer server) {
        ScimClient entra = ScimClient.forNewTenant(server);
        String id = ScimClient.json(entra.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"no-mail@contoso.com"}
                """).body()).getString("id");

        JsonObject added = ok(entra.patch("/Users/" + id, patch("""
                {"op":"Add","path":"emails[type eq \\"work\\"].value","value":"no-mail@contoso.com"},
                {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0100"},
                {"op":"Add","path":"addresses[type eq \\"work\\"].locality","value":"Redmond"}
                """)));

        assertThat(added.getJsonArray("emails").getJsonObject(0).getString("type")).isEqualTo("work");
        assertThat(added.getJsonArray("emails").getJsonObject(0).getString("value")).isEqualTo("no-mail@contoso.com");
        assertThat(added.getJsonArray("phoneNumbers").getJsonObject(0).getString("value")).isEqualTo("+1 555 0100");
        assertThat(added.getJsonArray("addresses").getJsonObject(0).getString("locality")).isEqualTo("Redmond");
        assertList(entra.search("emails[type eq \"work\"].value eq \"NO-MAIL@contoso.com\""), 1);
        assertList(entra.search("emails.value eq \"no-mail@contoso.com\""), 1);
    }
}
