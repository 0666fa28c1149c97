package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scripted provisioning sequence, as a directory runs it, and the exact audit records it
 * leaves, read from the database in order: the changes, the revocation the deactivation causes,
 * and the refusals (a duplicate, a revoked token, another tenant's ids), each with its actor and
 * outcome. A token no tenant knows leaves no record in any tenant, only a server log line.
 */
@ExtendWith(DashifyServer.Extension.class)
class AuditCompletenessIT {

    private static final String OKTA_PASSWORD = "Okta-sent-this-Pa55word!";
    private static final String USER_AGENT = "Okta SCIM Client 1.0.0";

    /** Each record as "action actorType actor target outcome [changes]", oldest first. */
    private static List<String> records(DashifyServer server, String tenantId, Map<String, String> names)
            throws Exception {
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select action, actor_type, actor_user_id, target_id,"
                     + " outcome, changes from audit_records where tenant_id = ? order by occurred_at, action")) {
            query.setString(1, tenantId);
            List<String> records = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    records.add(String.join(" ", row.getString("action"), row.getString("actor_type"),
                            named(names, row.getString("actor_user_id")), named(names, row.getString("target_id")),
                            row.getString("outcome"), "[" + row.getString("changes") + "]"));
                }
            }
            return records;
        }
    }

    private static String named(Map<String, String> names, String id) {
        return id == null ? "null" : names.getOrDefault(id, id);
    }

    @Test
    void aProvisioningSequenceLeavesExactlyItsRecordsInOrder(DashifyServer server) throws Exception {
        ScimClient directory = ScimClient.forNewTenant(server);
        ScimClient otherTenant = ScimClient.forNewTenant(server);
        String outsider = RolesIT.provision(otherTenant, "outsider@" + otherTenant.tenantName() + ".example", "");

        String userName = "joiner@" + directory.tenantName() + ".example";
        String joiner = ScimClient.json(directory.send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","password":"%s",
                 "name":{"givenName":"Jo","familyName":"Iner"},"active":true}""".formatted(userName, OKTA_PASSWORD),
                Map.of("User-Agent", USER_AGENT)).body()).getString("id");
        String apiToken = RolesIT.operatorToken(server, directory, userName, "\"api\"");
        assertThat(api(server, apiToken).status()).as("the joiner's token works").isEqualTo(200);
        assertThat(directory.put("/Users/" + joiner, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
                 "name":{"givenName":"Jo","familyName":"Mover"},"title":"Engineer","active":true}"""
                .formatted(userName)).status()).isEqualTo(200);
        assertThat(directory.patch("/Users/" + joiner, RolesIT.PATCH_ROLE.formatted("Editor")).status())
                .isEqualTo(200);
        assertThat(directory.patch("/Users/" + joiner, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""").status()).isEqualTo(200);
        assertThat(api(server, apiToken).status()).as("the leaver's token").isEqualTo(401);
        assertThat(directory.delete("/Users/" + joiner).status()).isEqualTo(204);
        DashifyServer.Response duplicate = directory.send("POST", "/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}"""
                .formatted(directory.adminUserName().toUpperCase()), Map.of("X-Request-Id", "okta-dup-1"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(directory.get("/Users/" + outsider).status()).as("another tenant's id").isEqualTo(404);
        assertThat(directory.patch("/Users/" + outsider, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}""").status()).isEqualTo(404);
        String unknownToken = "dfy_pat_" + "A".repeat(43);
        assertThat(directory.withToken(unknownToken).get("/Users").status()).isEqualTo(401);

        Map<String, String> names = Map.of(directory.adminId(), "admin", joiner, "joiner", outsider, "outsider");
        List<String> trail = records(server, directory.tenantId(), names);
        assertThat(trail).as(String.join("\n", trail)).hasSize(14);
        assertThat(trail.subList(0, 2)).satisfiesExactly(
                tenant -> assertThat(tenant).startsWith("tenant.create operator null"),
                token -> assertThat(token).startsWith("token.issue operator null").contains(" success "));
        String tokenId = trail.get(3).split(" ")[3];
        // Records of one request share their time; within it they are read in the order of their action.
        assertThat(trail.subList(2, 14)).satisfiesExactly(
                created -> assertThat(created).isEqualTo("user.provision user admin joiner success [provisioned]"),
                issued -> assertThat(issued).startsWith("token.issue operator null " + tokenId + " success [")
                        .contains("scopes:api owner:" + joiner),
                replaced -> assertThat(replaced).isEqualTo("user.update user admin joiner success [profile_updated]"),
                promoted -> assertThat(promoted).isEqualTo(
                        "user.role_change user admin joiner success [role_changed:Viewer->Editor]"),
                rolesSent -> assertThat(rolesSent).isEqualTo("user.update user admin joiner success [profile_updated]"),
                revoked -> assertThat(revoked).isEqualTo("token.revoke user admin " + tokenId
                        + " success [revoked:owner deactivated]"),
                deactivated -> assertThat(deactivated).isEqualTo(
                        "user.deactivate user admin joiner success [deactivated]"),
                refusedToken -> assertThat(refusedToken).isEqualTo("token.authenticate user joiner " + tokenId
                        + " 401 [revoked]"),
                deleted -> assertThat(deleted).isEqualTo("user.delete user admin joiner success [deleted]"),
                // A refusal keeps the detail the directory was told.
                dup -> assertThat(dup).startsWith("user.provision user admin null 409 uniqueness [userName '")
                        .endsWith("' is already taken in this tenant.]"),
                read -> assertThat(read).isEqualTo("user.read user admin outsider 404 [The user does not exist.]"),
                patched -> assertThat(patched).isEqualTo(
                        "user.update user admin outsider 404 [The user does not exist.]"));

        assertThat(records(server, otherTenant.tenantId(), names)).as("nothing tried on it is its business")
                .extracting(record -> record.substring(0, record.indexOf(' ')))
                .containsExactly("tenant.create", "token.issue", "user.provision");
        assertThat(server.queryNumber("select count(*) from audit_records where request_id = ?", "okta-dup-1"))
                .as("the refusal keeps the directory's request id").isEqualTo(1);
        assertThat(server.queryNumber("select count(*) from audit_records where user_agent = ?", USER_AGENT))
                .isEqualTo(1);
        assertThat(server.queryNumber("select count(*) from audit_records where payload like ?",
                "%" + OKTA_PASSWORD + "%")).isZero();
        assertThat(ServerLog.text(server.logFile())).contains("Refused unauthenticated SCIM request")
                .doesNotContain(unknownToken);
    }

    private static DashifyServer.Response api(DashifyServer server, String token) {
        return server.send("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + token), null);
    }
}
