package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What anonymous callers can send the browser side that no page of it produces: posts Faces cannot
 * restore, view states that are forged, passkey answers that are not answers, bodies that never
 * arrive. Each gets the service's own page (or the ceremony's JSON error) with a 4xx status, never
 * a container page with Java's words in it; none costs more than a line of log; and a look at a
 * sign-in page costs the server no session.
 */
@ExtendWith(DashifyServer.Extension.class)
class ConsoleBadInputIT {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Test
    void facesPostsThatCannotBeProcessedGetTheServicesOwnPage(DashifyServer server) {
        Form login = Form.open(server, "/admin/login.xhtml", null);
        String origin = server.baseUri().toString();

        for (String path : List.of("/nope.xhtml", "/ADMIN/tokens.xhtml", "/faces/admin/tokens.xhtml")) {
            DashifyServer.Response answer = post(server, path, login.cookie(), origin,
                    Map.of("jakarta.faces.ViewState", login.viewState(), "x", "y"));
            assertOwnErrorPage(path, answer, 404);
        }
        DashifyServer.Response stateless = post(server, "/admin/login.xhtml", login.cookie(), origin,
                login.signIn("no-such-org", "nobody@example.com", "not the password", "stateless"));
        assertThat(stateless.status()).as(stateless.body()).isEqualTo(200);
        assertThat(stateless.body()).contains("Organisation, user name or password is wrong.");

        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        String session;
        try (ConsoleClient console = new ConsoleClient(server)) {
            ConsoleClient.assertOnTokensPage(console.signIn(tenant, ConsoleIT.PASSWORD));
            session = "JSESSIONID=" + console.browser.getCookieManager().getCookie("JSESSIONID").getValue();
            Form users = Form.open(server, "/admin/users.xhtml", session);

            assertOwnErrorPage("stateless tokens", post(server, "/admin/tokens.xhtml", session, origin,
                    Map.of("create", "create", "create:name", "forged", "jakarta.faces.ViewState", "stateless")), 400);
            assertOwnErrorPage("no such page", post(server, "/admin/nope.xhtml", session, origin,
                    Map.of("jakarta.faces.ViewState", users.viewState())), 404);
            assertOwnErrorPage("GET no such page", server.send("GET", "/admin/nope.xhtml",
                    Map.of("Cookie", session), null), 404);
            assertThat(console.open("/admin/").getUrl().getPath()).as("still signed in")
                    .isEqualTo("/admin/tokens.xhtml");
        }
    }

    @Test
    void passkeyAnswersThatAreNotAnswersAreRefusedAsJson(DashifyServer server) {
        String huge = "1".repeat(1200);
        for (String answer : List.of("{}", "{\"id\": " + huge + "}", "{\"id\":\"x\",\"response\":{\"n\":-" + huge
                + "e5}}", "{\"id\": [1, 2, {\"type\": null}]}")) {
            Map<String, String> headers = passkeyHeaders(server, null);
            DashifyServer.Response options = server.send("POST", server.localhostUri() + "/passkey/options",
                    headers, "{}");
            assertThat(options.status()).as(options.body()).isEqualTo(200);
            String session = options.header("Set-Cookie").orElseThrow().split(";", 2)[0];

            DashifyServer.Response refused = server.send("POST", server.localhostUri() + "/passkey/sign-in",
                    passkeyHeaders(server, session), answer);

            assertThat(refused.status()).as(answer.substring(0, Math.min(40, answer.length()))).isEqualTo(400);
            assertThat(refused.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/json"));
            assertThat(ScimClient.json(refused.body()).getString("error")).doesNotContainPattern(ServerLog.INTERNALS);
        }
    }

    @Test
    void signInAndSetupPagesOpenNoSession(DashifyServer server) {
        for (String path : List.of("/admin/login.xhtml", "/admin/setup.xhtml", "/login")) {
            DashifyServer.Response page = server.get(path);

            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void forgedViewStatesCostALineOfLogAtMost(DashifyServer server) throws Exception {
        Form login = Form.open(server, "/admin/login.xhtml", null);
        String origin = server.baseUri().toString();
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put("/nope.xhtml", Map.of("jakarta.faces.ViewState", "1234567890:-987654321"));
        posts.put("/admin/login.xhtml", login.signIn("acme", "admin", "a password", "bogus:view:state"));
        posts.put("/admin/setup.xhtml", Map.of("setup", "setup", "jakarta.faces.ViewState", "stateless:1"));
        posts.put("/faces/admin/tokens.xhtml", Map.of("jakarta.faces.ViewState", "x".repeat(2000)));

        for (Map.Entry<String, Map<String, String>> each : posts.entrySet()) {
            String logged = new ServerLog(server).loggedDuring(() -> true,
                    () -> post(server, each.getKey(), login.cookie(), origin, each.getValue()));

            assertQuiet(each.getKey(), logged);
        }
    }

    @Test
    void bodiesThatNeverArriveCostALineOfLogAtMost(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String requestId = "aborted-" + UUID.randomUUID();
        ServerLog log = new ServerLog(server);
        int logged = log.length();

        String scim = log.loggedDuring(() -> server.queryNumber("select count(*) from audit_records"
                        + " where request_id = ?", requestId) > 0,
                () -> abortBody(server, "/scim/v2/Users", "Authorization: Bearer " + tenant.token()
                        + "\r\nX-Request-Id: " + requestId + "\r\nContent-Type: application/scim+json"));
        String api = log.loggedDuring(() -> log.since(logged).contains("request (POST tenants)"),
                () -> abortBody(server, "/api/v1/tenants", "Authorization: Bearer " + server.operatorToken()
                        + "\r\nContent-Type: application/json"));

        assertQuiet("SCIM", scim);
        assertQuiet("API", api);
    }

    private static void assertQuiet(String what, String logged) {
        assertThat(ServerLog.records(logged)).as(what + " logged:\n" + logged).isLessThanOrEqualTo(1);
        assertThat(ServerLog.hasStackTrace(logged)).as(what + " logged:\n" + logged).isFalse();
        assertThat(logged.length()).as(what + " logged:\n" + logged).isLessThan(1000);
    }

    private static void assertOwnErrorPage(String what, DashifyServer.Response answer, int status) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(what).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(answer.body()).as(what).contains("Dashify").containsPattern("Reference: [0-9a-f-]{36}")
                .doesNotContainPattern(ServerLog.INTERNALS);
    }

    private static DashifyServer.Response post(DashifyServer server, String path, String cookie, String origin,
                                               Map<String, String> form) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Origin", origin);
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        String body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return server.send("POST", path, headers, body);
    }

    private static Map<String, String> passkeyHeaders(DashifyServer server, String cookie) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Origin", server.localhostUri().toString());
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        return headers;
    }

    /** Sends the head of a post and part of its body, then closes the connection. */
    private static void abortBody(DashifyServer server, String path, String headers) {
        try (Socket socket = new Socket(server.baseUri().getHost(), server.baseUri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + server.baseUri().getAuthority() + "\r\n" + headers
                    + "\r\nContent-Length: 10000\r\n\r\n{\"userName\": \"half").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form of a console page: its view state, and the session cookie the page set, if any. */
    private record Form(String viewState, String cookie) {

        static Form open(DashifyServer server, String path, String cookie) {
            DashifyServer.Response page = server.send("GET", path, cookie == null ? Map.of() : Map.of("Cookie", cookie),
                    null);
            assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
            Matcher viewState = VIEW_STATE.matcher(page.body());
            assertThat(viewState.find()).as(path + " has a form").isTrue();
            String set = page.header("Set-Cookie").map(value -> value.split(";", 2)[0]).orElse(cookie);
            return new Form(viewState.group(1), set);
        }

        Map<String, String> signIn(String organisation, String userName, String password, String state) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:organisation", organisation);
            form.put("login:userName", userName);
            form.put("login:password", password);
            form.put("login:signIn", "Sign in");
            form.put("jakarta.faces.ViewState", state);
            return form;
        }
    }
}
