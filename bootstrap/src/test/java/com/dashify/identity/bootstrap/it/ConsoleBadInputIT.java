package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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

    /** What a container page or a stack trace shows, and the service's own pages never do. */
    private static final Pattern JAVA_WORDS = Pattern.compile(
            "(?i)exception|jakarta\\.|com\\.sun|java\\.|org\\.glassfish|payara|\\bat [a-z]+\\.");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The first line of each record of Payara's console log: {@code [2026-12-06T00:48:35.620+0000] ...}. */
    private static final Pattern LOG_RECORD = Pattern.compile("(?m)^\\[\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

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
            assertThat(ScimClient.json(refused.body()).getString("error")).doesNotContainPattern(JAVA_WORDS);
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
            String logged = loggedDuring(server, () -> true,
                    () -> post(server, each.getKey(), login.cookie(), origin, each.getValue()));

            assertQuiet(each.getKey(), logged);
        }
    }

    @Test
    void bodiesThatNeverArriveCostALineOfLogAtMost(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server);
        String requestId = "aborted-" + UUID.randomUUID();
        int logged = logLength(server);

        String scim = loggedDuring(server, () -> server.queryNumber("select count(*) from audit_records"
                        + " where request_id = ?", requestId) > 0,
                () -> abortBody(server, "/scim/v2/Users", "Authorization: Bearer " + tenant.token()
                        + "\r\nX-Request-Id: " + requestId + "\r\nContent-Type: application/scim+json"));
        String api = loggedDuring(server, () -> logSince(server, logged).contains("request (POST tenants)"),
                () -> abortBody(server, "/api/v1/tenants", "Authorization: Bearer " + server.operatorToken()
                        + "\r\nContent-Type: application/json"));

        assertQuiet("SCIM", scim);
        assertQuiet("API", api);
    }

    private static void assertQuiet(String what, String logged) {
        Matcher records = LOG_RECORD.matcher(logged);
        long count = records.results().count();
        assertThat(count).as(what + " logged:\n" + logged).isLessThanOrEqualTo(1);
        assertThat(logged).as(what).doesNotContainPattern(STACK_FRAME);
        assertThat(logged.length()).as(what + " logged:\n" + logged).isLessThan(1000);
    }

    private static void assertOwnErrorPage(String what, DashifyServer.Response answer, int status) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(what).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(answer.body()).as(what).contains("Dashify").containsPattern("Reference: [0-9a-f-]{36}")
                .doesNotContainPattern(JAVA_WORDS);
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

    /**
     * What the server logged while {@code requests} ran: the log between two marker lines, each
     * the line an unauthenticated SCIM request gets, with a request id of the test's choosing. The
     * second marker is sent once {@code finished} says the server is done with the requests (a
     * minute at most), for a request whose handling goes on after its client has gone.
     */
    private static String loggedDuring(DashifyServer server, Callable<Boolean> finished, Runnable requests)
            throws Exception {
        String before = mark(server);
        int start = awaitInLog(server, before, 0);
        requests.run();
        for (int tries = 0; tries < 600 && !finished.call(); tries++) {
            Thread.sleep(100);
        }
        assertThat(finished.call()).as("the server finished with the requests").isTrue();
        String after = mark(server);
        int end = awaitInLog(server, after, start);
        String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
        int from = log.indexOf('\n', start) + 1;
        int to = log.lastIndexOf("\n[", end) + 1;
        return from >= to ? "" : log.substring(from, to);
    }

    private static int logLength(DashifyServer server) throws IOException {
        return Files.readString(server.logFile(), StandardCharsets.UTF_8).length();
    }

    private static String logSince(DashifyServer server, int start) {
        try {
            return Files.readString(server.logFile(), StandardCharsets.UTF_8).substring(start);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mark(DashifyServer server) {
        String marker = "logmark-" + UUID.randomUUID();
        server.send("GET", "/scim/v2/Users", Map.of("X-Request-Id", marker), null);
        return marker;
    }

    /** Where {@code text} first is in the log after {@code from}, once the server has written it (a minute at most). */
    private static int awaitInLog(DashifyServer server, String text, int from) throws Exception {
        for (int tries = 0; tries < 600; tries++) {
            String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
            int at = log.indexOf(text, from);
            if (at >= 0) {
                return at;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never logged '" + text + "'");
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
