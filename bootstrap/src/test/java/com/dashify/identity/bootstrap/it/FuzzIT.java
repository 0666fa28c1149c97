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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Random bad input, from a fixed seed, at every door of the service: SCIM, the Dashify API, the
 * console's Faces pages and the passkey and SSO endpoints, anonymous and authenticated. No answer
 * may be a 500 (or any 5xx: the database is up), no body may name a Java class or show a stack
 * frame, and the server log may grow by at most a line or two per request, never a stack trace.
 *
 * <p>The seed is printed with every failure; {@code -Ddashify.fuzz.seed=} replays a run and
 * {@code -Ddashify.fuzz.requests=} makes it longer.
 */
@ExtendWith(DashifyServer.Extension.class)
class FuzzIT {

    private static final long SEED = Long.getLong("dashify.fuzz.seed", 20_261_206L);
    private static final int REQUESTS = Integer.getInteger("dashify.fuzz.requests", 600);
    /** A fully qualified exception class, or a stack frame: what a caller must never read. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|sun|fish|io|net)\\.[a-z0-9_]+(?:\\.[A-Za-z0-9_$]+)*\\.[A-Z]\\w*"
                    + "(?:Exception|Error)\\b|\\bat [a-z][\\w$]*(?:\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|Caused by:");
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
    void randomBadInputGetsNo500NoInternalsAndLittleLog(DashifyServer server) throws IOException {
        ScimClient tenant = ScimClient.forNewTenant(server);
        DashifyServer.Response created = tenant.post("/Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"fuzz.target@example.com"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String userId = ScimClient.json(created.body()).getString("id");
        String apiToken = RolesIT.operatorToken(server, tenant, tenant.adminUserName(),
                "\"tokens\",\"settings\",\"audit\",\"api\"");
        Doors doors = new Doors(userId, tenant.token(), apiToken, server.operatorToken(), tenant.tenantId());

        Random random = new Random(SEED);
        long logLinesBefore = lines(server.logFile()).size();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Attempt attempt = doors.next(random);
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
                    continue;
                }
            }
            if (answer.statusCode() >= 500) {
                failures.add(answer.statusCode() + " for " + attempt + " -> " + shorten(answer.body()));
            } else if (INTERNALS.matcher(answer.body()).find()) {
                failures.add("internals in the " + answer.statusCode() + " for " + attempt + " -> "
                        + shorten(answer.body()));
            }
        }
        List<String> logged = waitForQuietLog(server.logFile(), logLinesBefore);

        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(logged).as("seed %d: stack traces in the server log", SEED)
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
        assertThat(logged.size()).as("seed %d: log lines for %d requests", SEED, REQUESTS)
                .isLessThanOrEqualTo(2 * REQUESTS);
    }

    /** The doors the fuzzer knocks on, and what it sends them. */
    private record Doors(String userId, String scimToken, String apiToken, String operatorToken, String tenantId) {

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
                    r -> api(r, pick(r, "POST", "PUT"), pick(r, "/api/v1/tokens", "/api/v1/role-mapping",
                            "/api/v1/sso", "/api/v1/dashboards"), body(r), apiToken),
                    r -> api(r, "GET", pick(r, "/api/v1/audit", "/api/v1/audit/export", "/api/v1/me",
                            "/api/v1/tokens") + "?" + query(r, "action", "actor", "target", "outcome", "from", "to",
                            "limit", "cursor"), null, apiToken),
                    r -> api(r, pick(r, "POST", "DELETE"), pick(r, "/api/v1/tenants", "/api/v1/tenants/" + tenantId
                            + "/tokens", "/api/v1/tenants/" + someId(r) + "/admins", "/api/v1/tokens/" + someId(r)),
                            body(r), operatorToken),
                    r -> console(r, pick(r, "/admin/login.xhtml", "/admin/setup.xhtml", "/admin/tokens.xhtml",
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

        private static Attempt console(Random random, String path) {
            StringBuilder form = new StringBuilder();
            for (String field : List.of("jakarta.faces.ViewState", "loginForm", "loginForm:organisation",
                    "loginForm:userName", "loginForm:password", "jakarta.faces.source", "filters:action")) {
                if (random.nextBoolean()) {
                    form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(field, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(field.endsWith("ViewState")
                                    ? pick(random, "stateless", "-1:-1", "", "AAAA" + text(random), text(random))
                                    : text(random), StandardCharsets.UTF_8));
                }
            }
            byte[] body = random.nextInt(5) == 0 ? body(random) : form.toString().getBytes(StandardCharsets.UTF_8);
            return new Attempt(pick(random, "POST", "POST", "GET"), path, Map.of("Content-Type",
                    pick(random, "application/x-www-form-urlencoded", "application/json", "text/plain"), "Origin",
                    pick(random, "http://127.0.0.1", "https://evil.example", "null")), body);
        }

        private static Attempt json(Random random, String path) {
            return new Attempt("POST", path, Map.of("Content-Type", pick(random, "application/json",
                    "application/json; charset=utf-16", "text/plain")), body(random));
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

    /** The log lines written since {@code from}, once the server has stopped writing for a moment. */
    private static List<String> waitForQuietLog(Path log, long from) throws IOException {
        List<String> lines = lines(log);
        for (int settled = 0; settled < 10; settled++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            List<String> again = lines(log);
            if (again.size() == lines.size()) {
                break;
            }
            lines = again;
        }
        return lines.subList((int) Math.min(from, lines.size()), lines.size());
    }

    private static List<String> lines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.ISO_8859_1);
    }

    private static String shorten(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
