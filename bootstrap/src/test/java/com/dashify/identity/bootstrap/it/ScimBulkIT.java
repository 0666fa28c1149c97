package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /scim/v2/Bulk} (RFC 7644 §3.7) against the packaged server: {@code bulkId}
 * references, forward and circular; {@code failOnErrors}; the advertised limits; and each
 * operation changing, auditing and revoking exactly as its single request would.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimBulkIT {

    private static final String BULK = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    static String bulk(String failOnErrors, String... operations) {
        return "{\"schemas\":[\"" + BULK + "\"]," + (failOnErrors == null ? "" : "\"failOnErrors\":" + failOnErrors
                + ",") + "\"Operations\":[" + String.join(",", operations) + "]}";
    }

    static String createUser(String bulkId, String userName) {
        return """
                {"method":"POST","path":"/Users","bulkId":"%s","data":{"schemas":["%s"],"userName":"%s",
                 "name":{"givenName":"%s","familyName":"Bulk"},"active":true}}""".formatted(bulkId, USER, userName,
                bulkId);
    }

    static String createGroup(String bulkId, String displayName, String... members) {
        String values = Arrays.stream(members).map(member -> "{\"value\":\"" + member + "\"}")
                .collect(Collectors.joining(","));
        return """
                {"method":"POST","path":"/Groups","bulkId":"%s","data":{"schemas":["%s"],"displayName":"%s",
                 "members":[%s]}}""".formatted(bulkId, GROUP, displayName, values);
    }

    private static JsonObject ok(DashifyServer.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/scim+json"));
        JsonObject json = ScimClient.json(response.body());
        assertThat(json.getJsonArray("schemas").getString(0))
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
        return json;
    }

    private static List<JsonObject> results(JsonObject response) {
        return response.getJsonArray("Operations").getValuesAs(JsonObject.class);
    }

    private static String idOf(JsonObject result) {
        String location = result.getString("location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aGroupPlacedFirstGetsTheUserCreatedLaterAsMemberByBulkId(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);
        String tenant = scim.tenantName();

        JsonObject response = ok(scim.post("/Bulk", bulk(null,
                createGroup("eng", "Engineering", "bulkId:ada", "bulkId:bob"),
                createUser("ada", "ada@" + tenant + ".example"),
                createUser("bob", "bob@" + tenant + ".example"))));

        List<JsonObject> results = results(response);
        assertThat(results).extracting(result -> result.getString("bulkId")).as("performed in dependency order")
                .containsExactly("ada", "bob", "eng");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getString("method")).isEqualTo("POST");
            assertThat(result.getString("status")).isEqualTo("201");
            assertThat(result.getString("version")).startsWith("W/\"");
            assertThat(result.containsKey("response")).isFalse();
        });
        String ada = idOf(results.get(0));
        String bob = idOf(results.get(1));
        assertThat(results.get(0).getString("location")).endsWith("/scim/v2/Users/" + ada);
        JsonObject group = GroupsIT.ok(scim.get("/Groups/" + idOf(results.get(2))));
        assertThat(group.getString("displayName")).isEqualTo("Engineering");
        assertThat(GroupsIT.memberIds(group)).containsExactlyInAnyOrder(ada, bob);
        assertThat(GroupsIT.ok(scim.get("/Users/" + ada)).getJsonArray("groups")).hasSize(1);

        JsonObject later = ok(scim.post("/Bulk", bulk(null, """
                {"method":"PATCH","path":"/Users/%s","version":"%s","data":{"schemas":["%s"],
                 "Operations":[{"op":"replace","path":"displayName","value":"Ada L."}]}}"""
                .formatted(ada, results.get(0).getString("version").replace("\"", "\\\""), PATCH_OP), """
                {"method":"DELETE","path":"/Groups/%s"}""".formatted(idOf(results.get(2))))));
        assertThat(results(later)).extracting(result -> result.getString("status")).containsExactly("200", "204");
        assertThat(GroupsIT.ok(scim.get("/Users/" + ada)).getString("displayName")).isEqualTo("Ada L.");
        assertScimError(scim.get("/Groups/" + idOf(results.get(2))), 404, null);
    }

    @Test
    void circularReferencesAreRefusedWithNothingCreated(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);
        String tenant = scim.tenantName();

        JsonObject error = assertScimError(scim.post("/Bulk", bulk(null,
                createUser("ada", "ada@" + tenant + ".example"),
                createGroup("a", "A", "bulkId:ada", "bulkId:b"),
                createGroup("b", "B", "bulkId:a"))), 400, "invalidValue");

        assertThat(error.getString("detail")).contains("Circular bulkId references")
                .contains("bulkId a -> bulkId b -> bulkId a").contains("Nothing was performed");
        assertList(scim.search("userName eq \"ada@" + tenant + ".example\""), 0);
        assertList(scim.get("/Groups"), 0);
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ? and action in"
                + " ('user.provision', 'group.create')", scim.tenantId())).isZero();
    }

    @Test
    void failOnErrorsStopsAfterThatManyErrorsAndAReferenceToAFailedPostFails(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);
        String tenant = scim.tenantName();

        JsonObject stopped = ok(scim.post("/Bulk", bulk("1",
                createUser("ada", "ada@" + tenant + ".example"),
                createUser("dup", scim.adminUserName().toUpperCase()),
                createUser("bob", "bob@" + tenant + ".example"))));

        List<JsonObject> results = results(stopped);
        assertThat(results).extracting(result -> result.getString("status")).containsExactly("201", "409");
        JsonObject refused = results.get(1).getJsonObject("response");
        assertThat(refused.getString("status")).isEqualTo("409");
        assertThat(refused.getString("scimType")).isEqualTo("uniqueness");
        assertThat(results.get(1).containsKey("location")).isFalse();
        assertList(scim.search("userName eq \"bob@" + tenant + ".example\""), 0);

        JsonObject all = ok(scim.post("/Bulk", bulk(null,
                createUser("again", scim.adminUserName()),
                createGroup("eng", "Engineering", "bulkId:again"),
                createGroup("ops", "Operations", "bulkId:nobody"),
                createUser("carl", "carl@" + tenant + ".example"))));
        assertThat(results(all)).extracting(result -> result.getString("status"))
                .as("without failOnErrors every operation is tried").containsExactly("409", "409", "400", "201");
        assertThat(results(all).get(1).getJsonObject("response").getString("detail"))
                .contains("'again' did not create a resource");
        assertThat(results(all).get(2).getJsonObject("response").getString("scimType")).isEqualTo("invalidValue");
        assertList(scim.get("/Groups"), 0);
    }

    @Test
    void tooManyOperationsOrTooLargeABodyIs413AndAThousandCreatesFit(DashifyServer server) throws Exception {
        ScimClient scim = ScimClient.forNewTenant(server);
        String tenant = scim.tenantName();

        String delete = "{\"method\":\"DELETE\",\"path\":\"/Users/" + scim.adminId() + "\"}";
        JsonObject tooMany = assertScimError(scim.post("/Bulk", bulk(null,
                IntStream.range(0, 1001).mapToObj(i -> delete).toArray(String[]::new))), 413, null);
        assertThat(tooMany.getString("detail")).contains("1001 operations").contains("maxOperations");
        assertThat(GroupsIT.ok(scim.get("/Users/" + scim.adminId())).getBoolean("active")).isTrue();

        // Declared too large: refused from the headers, before the body is read.
        assertThat(raw(server, scim, "Content-Length: " + (2 * 1024 * 1024), null))
                .startsWith("HTTP/1.1 413").contains("\"status\":\"413\"");
        // Chunked, with no length declared: the limit is counted while the body is read.
        String large = bulk(null, createUser("big", "big@" + tenant + ".example")
                .replace("\"active\":true", "\"title\":\"" + "x".repeat(1_048_576) + "\""));
        assertThat(raw(server, scim, "Transfer-Encoding: chunked", large.getBytes(StandardCharsets.UTF_8)))
                .startsWith("HTTP/1.1 413").contains("\"status\":\"413\"");
        assertList(scim.search("userName eq \"big@" + tenant + ".example\""), 0);

        String thousand = bulk(null, IntStream.range(0, 1000).mapToObj(i -> """
                {"method":"POST","path":"/Users","bulkId":"u%d","data":{"schemas":["%s",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"userName":"user%d@%s.example",
                 "externalId":"00u%08d","name":{"givenName":"Given%d","familyName":"Family%d"},
                 "displayName":"Given%d Family%d","emails":[{"value":"user%d@%s.example","type":"work",
                 "primary":true}],"title":"Engineer","active":true,
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D",
                 "employeeNumber":"%d"}}}""".formatted(i, USER, i, tenant, i, i, i, i, i, i, tenant, i))
                .toArray(String[]::new));
        assertThat(thousand.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_048_576);
        List<JsonObject> created = results(ok(scim.post("/Bulk", thousand)));
        assertThat(created).hasSize(1000).allSatisfy(result -> assertThat(result.getString("status")).isEqualTo("201"));
        assertThat(assertList(scim.get("/Users?count=1"), 1001).getInt("totalResults")).isEqualTo(1001);
    }

    /**
     * A POST to {@code /Bulk} over a plain socket, so that the body can be sent chunked or not at
     * all; the status line and what follows it up to the end of the JSON body.
     */
    private static String raw(DashifyServer server, ScimClient scim, String lengthHeader, byte[] chunkedBody)
            throws Exception {
        URI base = server.baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /scim/v2/Bulk HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + scim.token() + "\r\nContent-Type: application/scim+json\r\n" + lengthHeader + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            if (chunkedBody != null) {
                for (int at = 0; at < chunkedBody.length; at += 65_536) {
                    int length = Math.min(65_536, chunkedBody.length - at);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunkedBody, at, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder(response.readLine()).append('\n');
            char[] buffer = new char[4096];
            for (int read; !answer.toString().contains("}") && (read = response.read(buffer)) > 0; ) {
                answer.append(buffer, 0, read);
            }
            return answer.toString();
        }
    }

    @Test
    void badInputGetsAScimErrorAndARefusedCallerIsRefusedAsAnywhere(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);

        assertScimError(scim.post("/Bulk", "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[]}"), 400,
                "invalidSyntax");
        assertScimError(scim.post("/Bulk", bulk(null, "{\"method\":\"GET\",\"path\":\"/Users\"}")), 400,
                "invalidValue");
        assertScimError(scim.post("/Bulk", bulk(null, "{\"method\":\"DELETE\",\"path\":\"/Tenants/1\"}")), 400,
                "invalidPath");
        assertScimError(scim.post("/Bulk", bulk(null, "{\"method\":\"POST\",\"path\":\"/Users\",\"data\":{}}")),
                400, "invalidValue");
        assertScimError(scim.post("/Bulk", bulk("\"all\"")), 400, "invalidValue");
        assertScimError(scim.post("/Bulk", bulk(null, createUser("a", "a@x.example"), createUser("a", "b@x.example"))),
                400, "invalidValue");
        assertScimError(scim.post("/Bulk", "[1]"), 400, "invalidSyntax");
        JsonObject unparsable = ok(scim.post("/Bulk", bulk(null, """
                {"method":"PUT","path":"/Users/not-an-id","data":{"schemas":["%s"],"userName":"x"}}""".formatted(USER),
                """
                {"method":"POST","path":"/Users","bulkId":"x","data":{"schemas":["urn:example:Other"]}}""")));
        assertThat(results(unparsable)).extracting(result -> result.getString("status")).containsExactly("404", "400");

        assertScimError(scim.withToken(null).post("/Bulk", bulk(null, createUser("a", "a@x.example"))), 401, null);
        ScimClient other = ScimClient.forNewTenant(server);
        JsonObject foreign = ok(other.post("/Bulk", bulk(null, "{\"method\":\"DELETE\",\"path\":\"/Users/"
                + scim.adminId() + "\"}")));
        assertThat(results(foreign).get(0).getString("status")).as("another tenant's user").isEqualTo("404");
        assertThat(GroupsIT.ok(scim.get("/Users/" + scim.adminId())).getBoolean("active")).isTrue();
    }

    @Test
    void aDeactivatingPatchThroughBulkRevokesTheUsersToken(DashifyServer server) {
        ScimClient scim = ScimClient.forNewTenant(server);
        String userName = "leaver@" + scim.tenantName() + ".example";
        String leaver = RolesIT.provision(scim, userName, "");
        String token = RolesIT.operatorToken(server, scim, userName, "\"api\"");
        assertThat(me(server, token).status()).as("the joiner's token works").isEqualTo(200);

        JsonObject response = ok(scim.post("/Bulk", bulk(null, """
                {"method":"PATCH","path":"/Users/%s","data":{"schemas":["%s"],
                 "Operations":[{"op":"Replace","path":"active","value":"False"}]}}""".formatted(leaver, PATCH_OP))));

        assertThat(results(response).get(0).getString("status")).isEqualTo("200");
        assertThat(me(server, token).status()).as("the leaver's token").isEqualTo(401);
        assertThat(GroupsIT.ok(scim.get("/Users/" + leaver)).getBoolean("active")).isFalse();
    }

    private static DashifyServer.Response me(DashifyServer server, String token) {
        return server.send("GET", "/api/v1/me", Map.of("Authorization", "Bearer " + token), null);
    }

    /**
     * The same provisioning sequence sent as single requests to one tenant and as one Bulk request
     * to another leaves the same audit records: action, actor, target, outcome, changes, payload
     * and user agent, with each tenant's ids read as names; the Bulk's carry its request id.
     */
    @Test
    void eachOperationIsAuditedAsItsSingleRequestWouldBe(DashifyServer server) throws Exception {
        ScimClient single = ScimClient.forNewTenant(server);
        ScimClient bulk = ScimClient.forNewTenant(server);
        Map<String, String> agent = Map.of("User-Agent", "ScimBulkIT directory 1.0", "X-Request-Id", "seq-1");
        String create = """
                {"schemas":["%s"],"userName":"joiner@example.com","password":"Okta-sent-this-Pa55word!",
                 "name":{"givenName":"Jo","familyName":"Iner"},"active":true}""".formatted(USER);
        String put = """
                {"schemas":["%s"],"userName":"joiner@example.com","title":"Engineer","active":true}""".formatted(USER);
        String deactivate = """
                {"schemas":["%s"],"Operations":[{"op":"Replace","path":"active","value":"False"}]}"""
                .formatted(PATCH_OP);
        String group = """
                {"schemas":["%s"],"displayName":"Engineering","members":[{"value":"%%s"}]}""".formatted(GROUP);
        String duplicate = """
                {"schemas":["%s"],"userName":"%%s"}""".formatted(USER);

        String joiner = ScimClient.json(single.send("POST", "/Users", create, agent).body()).getString("id");
        single.send("PUT", "/Users/" + joiner, put, agent);
        single.send("PATCH", "/Users/" + joiner, deactivate, agent);
        String groupId = ScimClient.json(single.send("POST", "/Groups", group.formatted(joiner), agent).body())
                .getString("id");
        assertThat(single.send("POST", "/Users", duplicate.formatted(single.adminUserName()), agent).status())
                .isEqualTo(409);
        single.send("DELETE", "/Groups/" + groupId, null, agent);
        single.send("DELETE", "/Users/" + joiner, null, agent);

        JsonObject response = ok(bulk.send("POST", "/Bulk", bulk(null,
                "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"jo\",\"data\":" + create + "}",
                "{\"method\":\"PUT\",\"path\":\"/Users/bulkId:jo\",\"data\":" + put + "}",
                "{\"method\":\"PATCH\",\"path\":\"/Users/bulkId:jo\",\"data\":" + deactivate + "}",
                "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"eng\",\"data\":"
                        + group.formatted("bulkId:jo") + "}",
                "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"dup\",\"data\":"
                        + duplicate.formatted(bulk.adminUserName()) + "}",
                "{\"method\":\"DELETE\",\"path\":\"/Groups/bulkId:eng\"}",
                "{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:jo\"}"), agent));
        assertThat(results(response)).extracting(result -> result.getString("status"))
                .containsExactly("201", "200", "200", "201", "409", "204", "204");
        String bulkJoiner = idOf(results(response).get(0));
        String bulkGroup = idOf(results(response).get(3));

        List<String> singles = audit(server, single, Map.of(joiner, "joiner", groupId, "group"));
        List<String> bulks = audit(server, bulk, Map.of(bulkJoiner, "joiner", bulkGroup, "group"));
        assertThat(singles).as(String.join("\n", singles)).hasSizeGreaterThanOrEqualTo(7)
                .anySatisfy(record -> assertThat(record).contains(" | 409 uniqueness | "));
        assertThat(bulks).as("Bulk's records against the single requests'").isEqualTo(singles);
        assertThat(server.queryNumber("select count(*) from audit_records where tenant_id = ? and request_id = 'seq-1'",
                bulk.tenantId())).as("each operation's record carries the Bulk's request id")
                .isEqualTo(singles.size());
    }

    /** Each of a tenant's SCIM records, oldest first, with its ids (and the tenant's admin) as names. */
    private static List<String> audit(DashifyServer server, ScimClient tenant, Map<String, String> names)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>(names);
        all.put(tenant.adminId(), "admin");
        all.put(tenant.adminUserName(), "admin-name");
        try (Connection db = server.connectToDatabase();
             PreparedStatement query = db.prepareStatement("select action, actor_type, actor_user_id, target_type,"
                     + " target_id, outcome, changes, payload, user_agent from audit_records where tenant_id = ?"
                     + " and action not in ('tenant.create', 'token.issue') order by occurred_at, action")) {
            query.setString(1, tenant.tenantId());
            List<String> records = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String record = String.join(" | ", row.getString("action"), row.getString("actor_type"),
                            row.getString("actor_user_id"), row.getString("target_type"), row.getString("target_id"),
                            row.getString("outcome"), row.getString("changes"), row.getString("payload"),
                            row.getString("user_agent"));
                    for (Map.Entry<String, String> name : all.entrySet()) {
                        record = record.replace(name.getKey(), name.getValue());
                    }
                    records.add(record);
                }
            }
            return records;
        }
    }
}
