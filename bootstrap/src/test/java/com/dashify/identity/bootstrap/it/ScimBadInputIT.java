package com.dashify.identity.bootstrap.it;

import static com.dashify.identity.bootstrap.it.ScimAssertions.assertList;
import static com.dashify.identity.bootstrap.it.ScimAssertions.assertScimError;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets a SCIM error with the right status and scimType, never a 500, and changes
 * nothing: each case is followed by a check that the stored user is exactly as before.
 */
@ExtendWith(DashifyServer.Extension.class)
class ScimBadInputIT {

    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bad.input@example.com",
             "displayName":"Bad Input","emails":[{"value":"bad.input@example.com","type":"work","primary":true}]}
            """;

    private ScimClient scim;
    private String id;
    private String before;

    @BeforeEach
    void userToProtect(DashifyServer server) {
        scim = ScimClient.forNewTenant(server);
        DashifyServer.Response created = scim.post("/Users", USER);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = ScimClient.json(created.body()).getString("id");
        before = scim.get("/Users/" + id).body();
    }

    /** The protected user is as it was, and the tenant still has only its admin and that user. */
    private void assertUnchanged() {
        assertThat(scim.get("/Users/" + id).body()).isEqualTo(before);
        assertList(scim.get("/Users"), 2);
    }

    private static String patch(String operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":" + operations + "}";
    }

    @Test
    void malformedJsonIsInvalidSyntax() {
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\""),
                400, "invalidSyntax");
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\",}"),
                400, "invalidSyntax");
        assertScimError(scim.put("/Users/" + id, "{\"userName\":"), 400, "invalidSyntax");
        assertScimError(scim.patch("/Users/" + id, "not json"), 400, "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void missingOrWrongSchemasAreRefused() {
        assertScimError(scim.post("/Users", "{\"userName\":\"x@example.com\"}"), 400, "invalidSyntax");
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:example:not-a-user\"],\"userName\":\"x@example.com\"}"),
                400, "invalidSyntax");
        assertScimError(scim.put("/Users/" + id, "{\"schemas\":[],\"userName\":\"x@example.com\"}"), 400,
                "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void missingBlankOrHugeUserNameIsInvalidValue() {
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}"),
                400, "invalidValue");
        assertScimError(scim.post("/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"   \"}"), 400, "invalidValue");
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + "x".repeat(10_000) + "\"}"), 400, "invalidValue");
        assertScimError(scim.put("/Users/" + id, USER.replace("\"bad.input@example.com\",", "\"\",")), 400,
                "invalidValue");
        assertScimError(scim.put("/Users/" + id, USER.replace("\"value\":\"bad.input@example.com\"", "\"value\":\"not-an-email\"")),
                400, "invalidValue");
        // "İ" lower-cases to two characters: the key would outgrow its column.
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + "\u0130".repeat(200) + "\"}"), 400, "invalidValue");
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
                + "1e999999999}"), 400, "invalidValue");
        assertUnchanged();
    }

    @Test
    void bodyOverOneMebibyteIsRefusedBeforeItIsSent() throws Exception {
        // Only the headers go out: the 413 must come from the declared length, before any body is read.
        URI base = scim.server().baseUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST /scim/v2/Users HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + scim.token() + "\r\nContent-Type: application/scim+json\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String statusLine = response.readLine();
            StringBuilder rest = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read; !rest.toString().contains("}") && (read = response.read(buffer)) > 0; ) {
                rest.append(buffer, 0, read);
            }
            assertThat(statusLine).startsWith("HTTP/1.1 413");
            assertThat(rest.toString().toLowerCase()).contains("content-type: application/scim+json")
                    .contains("\"status\":\"413\"");
        }
        assertUnchanged();
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"deep@example.com\","
                + "\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertScimError(scim.post("/Users", deep), 400, "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void badFiltersAreInvalidFilterNeverEveryone() {
        for (String filter : List.of("userName eq \"unbalanced", "userName eq \"x\" trailing", "nosuch eq \"x\"",
                "userName xx \"x\"", "phoneNumbers.value eq \"1\"", "(userName eq \"x\"", "userName eq 1e999999999",
                "userName eq \"a\\u0000b\"", "meta.created gt \"+999999999-12-31T00:00:00Z\"")) {
            assertScimError(scim.search(filter), 400, "invalidFilter");
        }
    }

    @Test
    void filterValuesWithWildcardsAndQuotesMatchOnlyThemselves() {
        String tricky = "p%r_o'f\\\\it@example.com";
        assertThat(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + tricky + "\"}").status()).isEqualTo(201);

        assertList(scim.search("userName eq \"" + tricky + "\""), 1);
        assertList(scim.search("userName eq \"p_r%o'f\\\\it@example.com\""), 0);
        assertList(scim.search("userName sw \"p%\""), 1);
        assertList(scim.search("userName sw \"%\""), 0);
        assertList(scim.search("userName co \"_\""), 1);
        assertList(scim.search("userName eq \"' OR 1=1 --\""), 0);
        assertList(scim.search("userName co \"\\\\\""), 1);
    }

    @Test
    void pagingParametersAreReadAsTheRfcSays() {
        for (int i = 0; i < 3; i++) {
            scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"page" + i
                    + "@example.com\"}");
        }
        // The admin, the protected user and these three: five users.
        JsonObject none = assertList(scim.get("/Users?count=-1"), 5);
        assertThat(none.getJsonArray("Resources")).isEmpty();
        JsonObject fromZero = assertList(scim.get("/Users?startIndex=0&count=2"), 5);
        assertThat(fromZero.getInt("startIndex")).isEqualTo(1);
        assertThat(fromZero.getJsonArray("Resources")).hasSize(2);
        JsonObject second = assertList(scim.get("/Users?startIndex=3&count=2"), 5);
        assertThat(second.getInt("startIndex")).isEqualTo(3);
        assertThat(second.getJsonArray("Resources")).hasSize(2);
        assertThat(second.getJsonArray("Resources").getJsonObject(0).getString("id"))
                .isNotEqualTo(fromZero.getJsonArray("Resources").getJsonObject(0).getString("id"));
        JsonObject last = assertList(scim.get("/Users?startIndex=5&count=2"), 5);
        assertThat(last.getJsonArray("Resources")).hasSize(1);
        JsonObject capped = assertList(scim.get("/Users?count=100000"), 5);
        assertThat(capped.getInt("itemsPerPage")).isEqualTo(5);
        assertScimError(scim.get("/Users?count=abc"), 400, "invalidValue");
        assertScimError(scim.get("/Users?startIndex=1.5"), 400, "invalidValue");
        assertScimError(scim.get("/Users?sortBy=password"), 400, "invalidValue");
        JsonObject sorted = assertList(scim.get("/Users?sortBy=userName&sortOrder=descending"), 5);
        assertThat(sorted.getJsonArray("Resources").getJsonObject(0).getString("userName")).isEqualTo("page2@example.com");
    }

    @Test
    void badPatchesAreRefusedWithTheirScimType() {
        assertScimError(scim.patch("/Users/" + id, patch("[]")), 400, "invalidValue");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]")),
                400, "mutability");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"meta\",\"value\":{}}]")),
                400, "mutability");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"remove\"}]")), 400, "noTarget");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"add\",\"path\":\"displayName\"}]")), 400,
                "invalidValue");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":\"x\"}]")),
                400, "invalidPath");
        assertScimError(scim.patch("/Users/" + id, patch(
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Changed\"},"
                        + "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"not-an-email\"}]")),
                400, "invalidValue");
        assertScimError(scim.patch("/Users/" + id, "{\"Operations\":[{\"op\":\"add\",\"path\":\"title\",\"value\":\"x\"}]}"),
                400, "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void idsThatAreNotOursAreNotFound() {
        for (String bad : List.of("..%2Fx", "%27%20OR%201%3D1", "00000000-0000-0000-0000-000000000000", "abc")) {
            assertScimError(scim.get("/Users/" + bad), 404, null);
            assertScimError(scim.put("/Users/" + bad, USER), 404, null);
            assertScimError(scim.patch("/Users/" + bad, patch("[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]")),
                    404, null);
            assertScimError(scim.delete("/Users/" + bad), 404, null);
        }
        assertUnchanged();
    }

    @Test
    void duplicateUserNameInAnyCaseIsUniquenessConflict() {
        assertScimError(scim.post("/Users", USER.replace("bad.input@example.com\",\n \"displayName",
                "BAD.Input@Example.com\",\n \"displayName")), 409, "uniqueness");
        String other = ScimClient.json(scim.post("/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"other@example.com\"}").body())
                .getString("id");
        assertScimError(scim.patch("/Users/" + other, patch(
                "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"Bad.Input@example.com\"}]")), 409, "uniqueness");
        assertUnchanged2(other);
    }

    private void assertUnchanged2(String otherId) {
        assertThat(scim.get("/Users/" + id).body()).isEqualTo(before);
        assertThat(ScimClient.json(scim.get("/Users/" + otherId).body()).getString("userName")).isEqualTo("other@example.com");
    }

    @Test
    void twentyParallelCreatesOfOneUserNameGiveOneCreatedAndConflicts() throws Exception {
        int clients = 20;
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"race@example.com\"}";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Integer> create = () -> {
                    start.await();
                    return scim.post("/Users", body).status();
                };
                statuses.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce(201);
            assertThat(results).filteredOn(status -> status == 409).hasSize(clients - 1);
        } finally {
            pool.shutdownNow();
        }
        assertList(scim.search("userName eq \"race@example.com\""), 1);
    }

    @Test
    void bodiesThatAreNotJsonAreRefused() {
        assertScimError(scim.send("POST", "/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"text@example.com\"}", Map.of("Content-Type", "text/plain")), 415, null);
        assertUnchanged();
    }

    @Test
    void numbersTooLongForTheJsonParserAreInvalidSyntaxNotAnInternalError() {
        // The JSON parser gives up on numbers of more than 1,100 characters; no body gets that far.
        String digits = "1".repeat(1_200);
        assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"long.number@example.com\",\"x\":" + digits + "}"), 400, "invalidSyntax");
        assertScimError(scim.put("/Users/" + id, USER.replace("\"displayName\":\"Bad Input\"",
                "\"displayName\":-" + digits + ".5e7")), 400, "invalidSyntax");
        assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"title\",\"value\":"
                + digits + "}]")), 400, "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void bodiesThatAreNotUtf8WithoutByteOrderMarkAreInvalidSyntax() {
        String body = "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"jos\u00e9@example.com\"}";
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertScimError(scim.sendBytes("POST", "/Users", withBom), 400, "invalidSyntax");
        assertScimError(scim.sendBytes("POST", "/Users", body.getBytes(StandardCharsets.UTF_16)), 400,
                "invalidSyntax");
        assertScimError(scim.sendBytes("POST", "/Users", body.getBytes(StandardCharsets.UTF_16LE)), 400,
                "invalidSyntax");
        // "é" as the single Latin-1 byte 0xE9: not UTF-8, and not to be stored as U+FFFD.
        assertScimError(scim.sendBytes("POST", "/Users", body.getBytes(StandardCharsets.ISO_8859_1)), 400,
                "invalidSyntax");
        assertScimError(scim.sendBytes("PATCH", "/Users/" + id, patch(
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Ren\u00e9e\"}]")
                .getBytes(StandardCharsets.ISO_8859_1)), 400, "invalidSyntax");
        assertUnchanged();
    }

    @Test
    void emptyFilterIsInvalidFilterNotTheWholeTenant() {
        assertScimError(scim.get("/Users?filter="), 400, "invalidFilter");
        assertScimError(scim.get("/Users?filter=%20%20"), 400, "invalidFilter");
    }

    @Test
    void invalidFiltersAndPathsAreNotEchoedBack() {
        String attribute = "urn:" + "x".repeat(4_000) + ":userName";

        JsonObject filter = assertScimError(scim.search(attribute + " eq \"a\""), 400, "invalidFilter");
        JsonObject path = assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\""
                + attribute + "\",\"value\":\"x\"}]")), 400, "invalidPath");

        assertThat(filter.getString("detail")).hasSizeLessThan(200);
        assertThat(path.getString("detail")).hasSizeLessThan(200);
        assertUnchanged();
    }

    @Test
    void discoveryEndpointsRefuseFiltersAsRfc7644SectionFourAsks() {
        String filter = URLEncoder.encode("id eq \"User\"", StandardCharsets.UTF_8);
        for (String endpoint : List.of("/Schemas", "/ResourceTypes", "/ServiceProviderConfig")) {
            assertScimError(scim.get(endpoint + "?filter=" + filter), 403, null);
            assertThat(scim.get(endpoint).status()).isEqualTo(200);
        }
    }

    @Test
    void valueFilterThatMatchesNothingIsNoTargetUnlessItNamesATypeOrPrimary() {
        assertScimError(scim.patch("/Users/" + id, patch(
                "[{\"op\":\"replace\",\"path\":\"roles[value eq \\\"Nope\\\"]\",\"value\":{\"display\":\"x\"}}]")),
                400, "noTarget");
        assertScimError(scim.patch("/Users/" + id, patch(
                "[{\"op\":\"add\",\"path\":\"roles[value eq \\\"Nope\\\"].display\",\"value\":\"x\"}]")),
                400, "noTarget");
        assertScimError(scim.patch("/Users/" + id, patch(
                "[{\"op\":\"replace\",\"path\":\"emails[value eq \\\"nobody@example.com\\\"].type\","
                        + "\"value\":\"home\"}]")), 400, "noTarget");
        assertScimError(scim.patch("/Users/" + id, patch(
                "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\" and value eq \\\"home@example.com\\\"]"
                        + ".display\",\"value\":\"Home\"}]")), 400, "noTarget");
        assertUnchanged();
    }

    @Test
    void userNamesWithInvisibleOrBidirectionalControlCharactersAreInvalidValue() {
        // As JSON escapes: right-to-left override, line separator, zero-width space (alone and inside), byte
        // order mark, soft hyphen.
        for (String bad : List.of("evil\\u202Egpj.exe@example.com", "line\\u2028separator@example.com", "\\u200B",
                "zero\\u200Bwidth@example.com", "\\uFEFFbom@example.com", "soft\\u00ADhyphen@example.com")) {
            assertScimError(scim.post("/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"" + bad + "\"}"), 400, "invalidValue");
            assertScimError(scim.patch("/Users/" + id, patch("[{\"op\":\"replace\",\"path\":\"userName\","
                    + "\"value\":\"" + bad + "\"}]")), 400, "invalidValue");
        }
        assertUnchanged();
    }

    @Test
    void plainJsonIsAcceptedAsWellAsScimJson() {
        DashifyServer.Response created = scim.send("POST", "/Users",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"json@example.com\"}",
                Map.of("Content-Type", "application/json", "Accept", "application/json"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String filter = URLEncoder.encode("userName eq \"json@example.com\"", StandardCharsets.UTF_8);
        assertThat(scim.send("GET", "/Users?filter=" + filter, null, Map.of("Accept", "application/json")).status())
                .isEqualTo(200);
    }
}
