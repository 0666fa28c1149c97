package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random bad input, from a fixed seed, at every door of the service: SCIM, the Dashify API, the
 * console's Faces pages and the passkey and SSO endpoints, anonymous and authenticated. No answer
 * may be a 500 (or any 5xx: the database is up), no body may show the server's insides
 * ({@link ServerLog#INTERNALS}), and what the log grows by for each request, read between marker
 * lines, is at most {@link #RECORDS_PER_REQUEST} records and {@link #LOGGED_PER_REQUEST} characters,
 * never a stack trace.
 *
 * <p>The console posts get past the first checks, where the defects are: a same-origin
 * {@code Origin} (with the port), the sign-in form's real field ids, a real view state and a
 * signed-in session cookie, some of the time each; the passkey calls carry the passkey origin.
 *
 * <p>The seed is printed with every failure; {@code -Ddashify.fuzz.seed=} replays a run and
 * {@code -Ddashify.fuzz.requests=} makes it longer.
 */
@ExtendWith(DashifyServer.Extension.class)
class FuzzIT {

    private static final long SEED = Long.getLong("dashify.fuzz.seed", 20_261_206L);
    private static final int REQUESTS = Integer.getInteger("dashify.fuzz.requests", 400);
    /** A refusal's line, and perhaps the audit chainer's or a pool's in the same moment. */
    private static final int RECORDS_PER_REQUEST = 2;
    /** Two records with a path or a message in each; a stack trace is several times this. */
    private static final int LOGGED_PER_REQUEST = 4000;
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final List<String> CONTENT_TYPES = List.of("application/scim+json", "application/json",
            "application/json; charset=utf-16", "application/json; charset=nope", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "",
            "application/scim+json; charset=ISO-8859-1");

    private final HttpClient http = newClient();

    /** One request the fuzzer made up. */
    private record Attempt(String method, String path, Map<String, String> headers, byte[] body) {

        @Override
        public String toString() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return method + " " + path + " " + headers.keySet() + " body[" + (body == null ? 0 : body.length) + "]: "
                    + text.replaceAll("\\p{Cntrl}", "?");
        }
    }

    @Test
    void randomBadInputGetsNo500NoInternalsAndLittleLog(DashifyServer server) throws Exception {
        ScimClient tenant = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
        DashifyServer.Response created = tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"fuzz.target@example.com"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String userId = ScimClient.json(created.body()).getString("id");
        DashifyServer.Response group = tenant.post("/Groups", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"fuzz targets",
                 "members":[{"value":"%s"}]}""".formatted(userId));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        String groupId = ScimClient.json(group.body()).getString("id");
        String apiToken = RolesIT.operatorToken(server, tenant, tenant.adminUserName(),
                "\"tokens\",\"settings\",\"audit\",\"api\"");
        Doors doors;
        try (ConsoleClient console = new ConsoleClient(server)) {
            String tokensPage = console.signIn(tenant, ConsoleIT.PASSWORD).getWebResponse().getContentAsString();
            Matcher viewState = VIEW_STATE.matcher(tokensPage);
            assertThat(viewState.find()).as("the tokens page's view state").isTrue();
            doors = new Doors(userId, groupId, tenant.token(), apiToken, server.operatorToken(), tenant.tenantId(),
                    origin(server.baseUri()), origin(server.localhostUri()),
                    "JSESSIONID=" + console.browser.getCookieManager().getCookie("JSESSIONID").getValue(),
                    viewState.group(1));
        }

        Random random = new Random(SEED);
        ServerLog log = new ServerLog(server);
        List<Attempt> attempts = new ArrayList<>();
        List<String> markers = new ArrayList<>(List.of(log.mark()));
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Attempt attempt = doors.next(random);
            attempts.add(attempt);
            HttpResponse<String> answer;
            try {
                answer = send(http, server.baseUri(), attempt);
            } catch (UncheckedIOException staleConnection) {
                // The server may close a connection after refusing a body it did not read to the end,
                // and the client may have reused it already: once more on a new connection, as
                // directories retry. No answer then either is a failure.
                try {
                    answer = send(newClient(), server.baseUri(), attempt);
                } catch (UncheckedIOException noAnswer) {
                    failures.add("no answer (" + noAnswer.getCause() + ") for " + attempt);
                    markers.add(log.mark());
                    continue;
                }
            }
            markers.add(log.mark());
            if (answer.statusCode() >= 500) {
                failures.add(answer.statusCode() + " for " + attempt + " -> " + shorten(answer.body()));
            } else if (ServerLog.INTERNALS.matcher(answer.body()).find()) {
                failures.add("internals in the " + answer.statusCode() + " for " + attempt + " -> "
                        + shorten(answer.body()));
            }
        }
        List<String> logged = log.between(markers);
        for (int i = 0; i < logged.size(); i++) {
            String stretch = logged.get(i);
            if (ServerLog.records(stretch) > RECORDS_PER_REQUEST || ServerLog.hasStackTrace(stretch)
                    || stretch.length() > LOGGED_PER_REQUEST) {
                failures.add(ServerLog.records(stretch) + " records, " + stretch.length() + " characters of log for "
                        + attempts.get(i) + " -> " + shorten(stretch));
            }
        }

        assertThat(failures).as("seed %d", SEED).isEmpty();
    }

    /** The origin of a URI, as a browser sends it in {@code Origin}: scheme, host and port. */
    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The doors the fuzzer knocks on, and what it sends them. */
    private record Doors(String userId, String groupId, String scimToken, String apiToken, String operatorToken, String tenantId,
                         String origin, String passkeyOrigin, String session, String viewState) {

        Attempt next(Random random) {
            List<Function<Random, Attempt>> doors = List.of(
                    r -> scim(r, "POST", "/scim/v2/Users", body(r)),
                    r -> scim(r, pick(r, "PUT", "PATCH"), "/scim/v2/Users/" + someId(r), body(r)),
                    r -> scim(r, "GET", "/scim/v2/Users?" + query(r, "filter", "startIndex", "count", "sortBy",
                            "sortOrder", "attributes"), null),
                    r -> scim(r, "GET", pick(r, "/scim/v2/Schemas", "/scim/v2/ResourceTypes",
                            "/scim/v2/ServiceProviderConfig", "/scim/v2/Users/" + someId(r)) + "?"
                            + query(r, "filter", "attributes"), null),
                    r -> scim(r, pick(r, "DELETE", "POST", "OPTIONS", "HEAD"), "/scim/v2/Users/" + someId(r),
                            r.nextBoolean() ? body(r) : null),
                    r -> scim(r, "POST", "/scim/v2/Groups", body(r)),
                    r -> scim(r, pick(r, "PUT", "PATCH", "GET", "DELETE"), "/scim/v2/Groups/"
                            + pick(r, groupId, someId(r)) + "?" + query(r, "attributes", "excludedAttributes"),
                            body(r)),
                    r -> scim(r, "GET", "/scim/v2/Groups?" + query(r, "filter", "startIndex", "count", "sortBy",
                            "sortOrder", "excludedAttributes"), null),
                    r -> api(r, pick(r, "POST", "PUT"), pick(r, "/api/v1/tokens", "/api/v1/role-mapping",
                            "/api/v1/sso", "/api/v1/dashboards"), body(r), apiToken),
                    r -> api(r, "GET", pick(r, "/api/v1/audit", "/api/v1/audit/export", "/api/v1/me",
                            "/api/v1/tokens") + "?" + query(r, "action", "actor", "target", "outcome", "from", "to",
                            "limit", "cursor"), null, apiToken),
                    r -> api(r, pick(r, "POST", "DELETE"), pick(r, "/api/v1/tenants", "/api/v1/tenants/" + tenantId
                            + "/tokens", "/api/v1/tenants/" + someId(r) + "/admins", "/api/v1/tokens/" + someId(r)),
                            body(r), operatorToken),
                    r -> console(r, pick(r, "/admin/login.xhtml", "/admin/login.xhtml", "/admin/tokens.xhtml",
                            "/admin/setup.xhtml", "/admin/tokens.xhtml",
                            "/ADMIN/tokens.xhtml", "/faces/admin/tokens.xhtml", "/admin/nowhere.xhtml",
                            "/admin/audit.xhtml", "/app/index.xhtml", "/admin/users.xhtml")),
                    r -> json(r, pick(r, "/passkey/options", "/passkey/sign-in", "/app/passkeys/options",
                            "/app/passkeys/register")),
                    r -> new Attempt("GET", pick(r, "/login/", "/login", "/sso/callback") + "?"
                            + query(r, "org", "code", "state", "error"), Map.of(), null));
            return doors.get(random.nextInt(doors.size())).apply(random);
        }

        private Attempt scim(Random random, String method, String path, byte[] body) {
            return new Attempt(method, path, headers(random, random.nextInt(10) == 0 ? noise(random)
                    : scimToken), body);
        }

        private Attempt api(Random random, String method, String path, byte[] body, String token) {
            return new Attempt(method, path, headers(random, random.nextInt(10) == 0 ? noise(random) : token), body);
        }

        /** A Faces post (or get) whose fields are the real forms' some of the time, signed in some of the time. */
        private Attempt console(Random random, String path) {
            StringBuilder form = new StringBuilder();
            for (String field : List.of("jakarta.faces.ViewState", "login", "login:organisation", "login:userName",
                    "login:password", "login:signIn", "create", "create:submission", "create:name", "create:scopes",
                    "create:expiry", "create:createToken", "jakarta.faces.source")) {
                if (random.nextBoolean()) {
                    form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(field, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(field.endsWith("ViewState")
                                    ? pick(random, viewState, viewState, "stateless", "-1:-1", "",
                                            "AAAA" + text(random), text(random))
                                    : text(random), StandardCharsets.UTF_8));
                }
            }
            byte[] body = random.nextInt(5) == 0 ? body(random) : form.toString().getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", pick(random, "application/x-www-form-urlencoded",
                    "application/x-www-form-urlencoded", "application/json", "text/plain"));
            headers.put("Origin", pick(random, origin, origin, "http://127.0.0.1", "https://evil.example", "null"));
            if (random.nextBoolean()) {
                headers.put("Cookie", session);
            }
            return new Attempt(pick(random, "POST", "POST", "GET"), path, headers, body);
        }

        /** A passkey ceremony's call, from the page's origin mostly; a registration signed in some of the time. */
        private Attempt json(Random random, String path) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", pick(random, "application/json", "application/json",
                    "application/json; charset=utf-16", "text/plain"));
            headers.put("Origin", pick(random, path.startsWith("/app/") ? origin : passkeyOrigin,
                    "https://evil.example"));
            if (path.startsWith("/app/") && random.nextBoolean()) {
                headers.put("Cookie", session);
            }
            return new Attempt("POST", path, headers, body(random));
        }

        private static Map<String, String> headers(Random random, String token) {
            String type = pick(random, CONTENT_TYPES);
            return type.isEmpty() ? Map.of("Authorization", "Bearer " + token)
                    : Map.of("Authorization", "Bearer " + token, "Content-Type", type, "Accept",
                            pick(random, "*/*", "application/scim+json", "text/html", "application/xml"));
        }

        private String someId(Random random) {
            return pick(random, userId, userId.toUpperCase(), "00000000-0000-4000-8000-000000000000", "..%2F..",
                    text(random), "%00", "x".repeat(random.nextInt(300)));
        }
    }

    /** A body: mostly JSON bent out of shape, sometimes no JSON at all, in odd encodings. */
    private static byte[] body(Random random) {
        String json = switch (random.nextInt(9)) {
            case 0 -> "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":" + value(random)
                    + ",\"active\":" + value(random) + ",\"emails\":" + value(random) + "}";
            case 1 -> "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":"
                    + value(random) + ",\"path\":" + value(random) + ",\"value\":" + value(random) + "}]}";
            case 2 -> "{\"a\":" + "[".repeat(random.nextInt(5000)) + "1" + "]".repeat(random.nextInt(5000)) + "}";
            case 3 -> "{\"name\":" + value(random) + ",\"scopes\":" + value(random) + ",\"expiresInDays\":"
                    + value(random) + "}";
            case 4 -> "{\"n\":" + "9".repeat(1 + random.nextInt(5000)) + (random.nextBoolean() ? "e99999" : "")
                    + "}";
            case 5 -> text(random);
            case 6 -> "{\"id\":" + value(random) + ",\"response\":{\"clientDataJSON\":" + value(random)
                    + ",\"authenticatorData\":" + value(random) + ",\"signature\":" + value(random) + "}}";
            case 7 -> "";
            default -> "{\"userName\":\"" + text(random) + "\"";
        };
        return switch (random.nextInt(6)) {
            case 0 -> json.getBytes(StandardCharsets.UTF_16);
            case 1 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8));
            case 2 -> concat(json.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28,
                    (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
            default -> json.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String value(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "null";
            case 1 -> "\"" + text(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 2 -> "-" + "1".repeat(1 + random.nextInt(2000));
            case 3 -> "1e" + random.nextInt(100000);
            case 4 -> "[" + "{}".repeat(random.nextInt(20)).replace("}{", "},{") + "]";
            case 5 -> "{\"value\":\"\\ud800\",\"primary\":\"yes\"}";
            case 6 -> String.valueOf(random.nextBoolean());
            case 7 -> "\"" + "x".repeat(random.nextInt(70_000)) + "\"";
            case 8 -> "\"False\"";
            default -> "\"ok@example.com\"";
        };
    }

    /** Text with the characters that trip parsers and databases: controls, bidi marks, surrogates, NUL. */
    private static String text(Random random) {
        String alphabet = "aZ09 .@_-\"'\\/<>{}[]%&=+\u0000\u0001\n\r\t\u00e9\u0301\u200b\u202e\u2028\ud83d\ude00"
                + "\ufeff\ufffd";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(20) == 0 ? 5000 : 40);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(20) == 0) {
            text.append('\ud800');
        }
        return text.toString();
    }

    private static String query(Random random, String... names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            if (random.nextInt(3) == 0) {
                String value = pick(random, text(random), "userName eq \"a\"", "active eq true and userName sw \"u\"",
                        "((((((((((", "userName eq", "emails[type eq \"work\" and value co \"@\"]", "",
                        "members[value eq \"a\"]", "members.value pr or displayName co \"\u0000\"", "members",
                        "-1", "99999999999999999999", "2026-13-45T00:00:00Z", "x".repeat(random.nextInt(9000)));
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static String noise(Random random) {
        return pick(random, "dfy_pat_" + "A".repeat(43), "dfy_pat_", text(random), "x".repeat(random.nextInt(9000)));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** HTTP/1.1 as directories speak it; the JDK's default would try an h2c upgrade on every request. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> send(HttpClient http, URI base, Attempt attempt) {
        // A path the fuzzer made up may not even be a URI: then the request never leaves, and that is fine.
        URI uri;
        try {
            uri = base.resolve(attempt.path().replace(" ", "%20").replace("\"", "%22"));
        } catch (IllegalArgumentException notAUri) {
            uri = base.resolve("/scim/v2/Users/" + URLEncoder.encode(attempt.path(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        attempt.headers().forEach((name, value) -> {
            try {
                request.header(name, value);
            } catch (IllegalArgumentException notAHeaderValue) {
                request.header(name, "x");
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("seed " + SEED + ": " + attempt, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
