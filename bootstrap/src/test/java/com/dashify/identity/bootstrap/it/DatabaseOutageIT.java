package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped in the middle of a directory's burst of creates, deactivations and token
 * issues, then started again. The test has a server and a PostgreSQL cluster of its own
 * ({@link ThrowawayPostgres}), so it runs once, not once per database. While PostgreSQL is down
 * every answer is 503 with {@code Retry-After}, in the caller's own form (SCIM error, problem
 * details, the console's page) and never the container's; readiness says not ready, and ready
 * again afterwards without a restart; a retry then finds what the README says it finds; and every
 * user has its audit records, in a chain that verifies.
 */
class DatabaseOutageIT {

    private static final int WORKERS = 3;
    /** Calls of each kind, sent and answered while PostgreSQL was down, that the test waits for. */
    private static final int CALLS_PER_KIND_DURING_OUTAGE = 3;
    /** How long the test waits for each step; generous, as the machine may be busy. None is a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    /**
     * How soon each call answered during the outage must come back. The pool waits at most 1 s for
     * a connection ({@code SchemaMigrations}); EclipseLink's reconnect-and-retry, which the service
     * turns off, held each for about 10 s. The issue's bound: 2 s. Not a throughput measurement; the
     * slowest such answer seen was under 0.1 s.
     */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final String PATCH_INACTIVE = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","path":"active","value":false}]}""";

    /** Where the outage stood when a call was sent, and when it was answered. */
    enum Phase {
        BEFORE, STOPPING, DOWN, STARTING, AFTER
    }

    enum Kind {
        CREATE(201, ScimClient.SCIM_JSON),
        DEACTIVATE(200, ScimClient.SCIM_JSON),
        ISSUE_TOKEN(201, "application/problem+json");

        final int success;
        final String errorType;

        Kind(int success, String errorType) {
            this.success = success;
            this.errorType = errorType;
        }
    }

    /** One request of the burst: about whom (a userName or user id), and what came back. */
    record Call(Kind kind, String subject, Phase sent, Phase answered, DashifyServer.Response answer, Duration took) {

        boolean duringOutage() {
            return sent == Phase.DOWN && answered == Phase.DOWN;
        }

        @Override
        public String toString() {
            return kind + " " + subject + " sent " + sent + ", answered " + answered + ": " + answer.status() + " "
                    + answer.headers().map() + " " + answer.body();
        }
    }

    @Test
    void aBurstThroughAnOutageGetsServiceUnavailableAndLeavesEveryAuditRecord() throws Exception {
        try (ThrowawayPostgres postgres = ThrowawayPostgres.start();
             DashifyServer server = DashifyServer.startOwn("outage", postgres.database());
             ConsoleClient console = new ConsoleClient(server)) {
            ScimClient directory = ScimClient.forNewTenant(server, ConsoleIT.PASSWORD);
            String tokensToken = RolesIT.operatorToken(server, directory, directory.adminUserName(),
                    "\"scim\",\"tokens\"");
            String auditToken = RolesIT.operatorToken(server, directory, directory.adminUserName(), "\"audit\"");
            console.signIn(directory, ConsoleIT.PASSWORD);

            AtomicReference<Phase> phase = new AtomicReference<>(Phase.BEFORE);
            AtomicBoolean enough = new AtomicBoolean();
            List<Call> calls = Collections.synchronizedList(new ArrayList<>());
            ExecutorService burst = Executors.newFixedThreadPool(WORKERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < WORKERS; worker++) {
                int id = worker;
                workers.add(burst.submit(() -> burst(id, directory, tokensToken, phase, enough, calls)));
            }

            await("users created before the outage", () -> count(calls, call -> call.kind() == Kind.CREATE
                    && call.answer().status() == 201) >= 2 * WORKERS, calls);
            phase.set(Phase.STOPPING);
            postgres.stop();
            phase.set(Phase.DOWN);
            DashifyServer.Response notReady = server.get("/health/ready");
            WebResponse consolePage = console.browser.getPage(server.baseUri() + "/admin/index.xhtml").getWebResponse();
            passkeysAnswerUnavailable(server, console);
            await("calls of each kind during the outage", () -> List.of(Kind.values()).stream().allMatch(kind ->
                    count(calls, call -> call.kind() == kind && call.duringOutage()) >= CALLS_PER_KIND_DURING_OUTAGE),
                    calls);
            DashifyServer.Response stillNotReady = server.get("/health/ready");
            phase.set(Phase.STARTING);
            postgres.startAgain();
            phase.set(Phase.AFTER);
            await("readiness without a restart", () -> server.get("/health/ready").status() == 200);
            await("users created after the outage", () -> count(calls, call -> call.kind() == Kind.CREATE
                    && call.sent() == Phase.AFTER && call.answer().status() == 201) >= WORKERS, calls);
            enough.set(true);
            burst.shutdown();
            assertThat(burst.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the burst ends").isTrue();
            for (Future<?> worker : workers) {
                worker.get();
            }
            List<Call> all = List.copyOf(calls);
            System.out.println("DatabaseOutageIT calls: " + summary(all) + "; slowest during the outage: "
                    + all.stream().filter(Call::duringOutage).map(Call::took).max(Duration::compareTo).orElse(null));

            for (DashifyServer.Response readiness : List.of(notReady, stillNotReady)) {
                assertThat(readiness.status()).as(readiness.body()).isEqualTo(503);
                assertThat(readiness.header("Retry-After")).isPresent();
            }
            assertThat(consolePage.getStatusCode()).as(consolePage.getContentAsString()).isEqualTo(503);
            assertThat(consolePage.getResponseHeaderValue("Retry-After")).isNotBlank();
            assertThat(consolePage.getContentType()).isEqualTo("text/html");
            assertThat(consolePage.getContentAsString()).contains("Dashify").doesNotContainPattern(ServerLog.INTERNALS);

            assertThat(all).allSatisfy(call ->
                    assertThat(call.answer().status()).as(call.toString()).isIn(call.kind().success, 503));
            assertThat(all).filteredOn(call -> call.answer().status() == 503).allSatisfy(DatabaseOutageIT::unavailable);
            assertThat(all).filteredOn(Call::duringOutage).isNotEmpty()
                    .allSatisfy(call -> assertThat(call.answer().status()).as(call.toString()).isEqualTo(503))
                    .allSatisfy(call -> assertThat(call.took()).as(call.took() + " for " + call).isLessThan(PROMPTLY));

            retriesFindWhatTheReadmeSays(directory, all);
            everyChangeHasItsAuditRecords(server, directory);
            awaitChained(server, directory);
            DashifyServer.Response verified = server.send("GET", "/api/v1/audit/verify",
                    Map.of("Authorization", "Bearer " + auditToken), null);
            assertThat(verified.status()).as(verified.body()).isEqualTo(200);
            assertThat(ScimClient.json(verified.body()).getBoolean("intact")).as(verified.body()).isTrue();
            assertThat(server.get("/health/ready").status()).isEqualTo(200);
        }
    }

    /**
     * One worker's share: create a user, deactivate the oldest it created (keeping one back until
     * the outage, so that there is someone to deactivate then), issue a token; again. After a 503
     * it waits a little, as a directory honouring Retry-After would, only not as long.
     */
    private static void burst(int worker, ScimClient directory, String tokensToken, AtomicReference<Phase> phase,
                              AtomicBoolean enough, List<Call> calls) {
        List<String> active = new ArrayList<>();
        for (int round = 0; !enough.get(); round++) {
            List<Call> answers = new ArrayList<>();
            String userName = "burst-" + worker + "-" + round + "@" + directory.tenantName() + ".example";
            Call created = call(Kind.CREATE, userName, phase, calls, () -> directory.post("/Users", """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","active":true}"""
                    .formatted(userName)));
            answers.add(created);
            if (created.answer().status() == 201) {
                active.add(ScimClient.json(created.answer().body()).getString("id"));
            }
            if (active.size() > (phase.get() == Phase.BEFORE ? 1 : 0)) {
                String leaver = active.remove(0);
                Call deactivated = call(Kind.DEACTIVATE, leaver, phase, calls,
                        () -> directory.patch("/Users/" + leaver, PATCH_INACTIVE));
                answers.add(deactivated);
                if (deactivated.answer().status() != 200) {
                    active.add(0, leaver);  // as a directory does: it tries again next time
                }
            }
            String tokenName = "burst " + worker + "-" + round;
            String issue = "{\"name\":\"" + tokenName + "\",\"scopes\":[\"scim\"],\"expiresInDays\":1}";
            answers.add(call(Kind.ISSUE_TOKEN, tokenName, phase, calls, () -> directory.server().send("POST",
                    "/api/v1/tokens", Map.of("Authorization", "Bearer " + tokensToken,
                            "Content-Type", "application/json"), issue)));
            boolean refused = answers.stream().anyMatch(answer -> answer.answer().status() == 503);
            pause(Duration.ofMillis(refused ? 250 : 20));
        }
    }

    private static Call call(Kind kind, String subject, AtomicReference<Phase> phase, List<Call> calls,
                             Supplier<DashifyServer.Response> request) {
        Phase sent = phase.get();
        long start = System.nanoTime();
        DashifyServer.Response answer = request.get();
        Call call = new Call(kind, subject, sent, phase.get(), answer, Duration.ofNanos(System.nanoTime() - start));
        calls.add(call);
        return call;
    }

    /** 503, when to come back, and the caller's own error form, with nothing of the server's insides. */
    private static void unavailable(Call call) {
        DashifyServer.Response answer = call.answer();
        assertThat(answer.header("Retry-After")).as(call.toString()).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(answer.header("Content-Type")).as(call.toString()).hasValueSatisfying(
                type -> assertThat(type).startsWith(call.kind().errorType));
        JsonObject error = ScimClient.json(answer.body());
        assertThat(error.get("status").toString()).as(call.toString()).contains("503");
        assertThat(answer.body()).as(call.toString()).doesNotContainPattern(ServerLog.INTERNALS)
                .doesNotContain("SQL", "postgres", "jdbc");
    }

    /**
     * The passkey ceremonies while the database is gone: a sign-in (its options need no database,
     * the answer does) and a signed-in browser's registration each get what the page's script reads,
     * JSON, with 503 and {@code Retry-After}; never a 500.
     */
    private static void passkeysAnswerUnavailable(DashifyServer server, ConsoleClient console) {
        String origin = server.localhostUri().toString();
        DashifyServer.Response options = server.send("POST", origin + "/passkey/options",
                Map.of("Content-Type", "application/json", "Origin", origin), "{}");
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        String browser = options.header("Set-Cookie").orElseThrow().split(";", 2)[0];
        DashifyServer.Response signIn = server.send("POST", origin + "/passkey/sign-in",
                Map.of("Content-Type", "application/json", "Origin", origin, "Cookie", browser), assertion(origin));
        String signedIn = "JSESSIONID=" + console.browser.getCookieManager().getCookie("JSESSIONID").getValue();
        DashifyServer.Response register = server.send("POST", "/app/passkeys/options", Map.of("Content-Type",
                "application/json", "Origin", server.baseUri().toString(), "Cookie", signedIn), "{}");

        for (DashifyServer.Response answer : List.of(signIn, register)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(answer.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(ScimClient.json(answer.body()).getString("error")).contains("nothing was changed");
            assertThat(answer.body()).doesNotContainPattern(ServerLog.INTERNALS)
                    .doesNotContain("SQL", "postgres", "jdbc");
        }
    }

    /** A passkey sign-in's answer that reads as one (its passkey unknown, its signature never checked). */
    private static String assertion(String origin) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String clientData = base64url.encodeToString(("{\"type\":\"webauthn.get\",\"challenge\":\"AAAA\","
                + "\"origin\":\"" + origin + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8));
        byte[] authenticatorData = new byte[37];
        authenticatorData[32] = 0x05;  // user present and verified
        return """
                {"id":"AAAAAAAAAAAAAAAAAAAAAA","rawId":"AAAAAAAAAAAAAAAAAAAAAA","type":"public-key",
                 "response":{"clientDataJSON":"%s","authenticatorData":"%s","signature":"%s","userHandle":"%s"},
                 "clientExtensionResults":{}}""".formatted(clientData, base64url.encodeToString(authenticatorData),
                base64url.encodeToString(new byte[64]), base64url.encodeToString(new byte[16]));
    }

    /**
     * A create answered 503 may have been kept, if the database went away at its commit: its retry
     * gets 201, or 409 when it was kept (and a lookup finds that user). A deactivation's retry gets 200.
     */
    private static void retriesFindWhatTheReadmeSays(ScimClient directory, List<Call> all) {
        for (Call failed : all.stream().filter(call -> call.answer().status() == 503).toList()) {
            switch (failed.kind()) {
                case CREATE -> {
                    DashifyServer.Response retry = directory.post("/Users", """
                            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}"""
                            .formatted(failed.subject()));
                    assertThat(retry.status()).as(failed + "\nretried: " + retry.body()).isIn(201, 409);
                    DashifyServer.Response found = directory.search("userName eq \"" + failed.subject() + "\"");
                    assertThat(ScimClient.json(found.body()).getInt("totalResults")).as(found.body()).isEqualTo(1);
                }
                case DEACTIVATE -> assertThat(directory.patch("/Users/" + failed.subject(), PATCH_INACTIVE).status())
                        .as(failed.toString()).isEqualTo(200);
                case ISSUE_TOKEN -> {
                    // A new token is a new token: a directory asks for another, and the operator may revoke
                    // one that was issued at an interrupted commit (it is listed, and its secret was never shown).
                }
            }
        }
    }

    /**
     * Every user the burst left has its creation recorded, and every inactive one its deactivation;
     * no user that is not there has one; every token has its issue.
     */
    private static void everyChangeHasItsAuditRecords(DashifyServer server, ScimClient directory) throws Exception {
        try (Connection db = server.connectToDatabase()) {
            Set<String> provisioned = targets(db, directory.tenantId(), "user.provision");
            Set<String> deactivated = targets(db, directory.tenantId(), "user.deactivate");
            Set<String> issued = targets(db, directory.tenantId(), "token.issue");
            int users = 0;
            try (PreparedStatement query = db.prepareStatement(
                    "select id, active from users where tenant_id = ? and id <> ?")) {
                query.setString(1, directory.tenantId());
                query.setString(2, directory.adminId());
                try (ResultSet user = query.executeQuery()) {
                    while (user.next()) {
                        users++;
                        assertThat(provisioned).as("user.provision of " + user.getString("id"))
                                .contains(user.getString("id"));
                        if (!user.getBoolean("active")) {
                            assertThat(deactivated).as("user.deactivate of " + user.getString("id"))
                                    .contains(user.getString("id"));
                        }
                    }
                }
            }
            assertThat(users).as("users the burst created").isGreaterThan(3 * WORKERS);
            assertThat(provisioned).as("no record of a user that is not there").hasSize(users);
            try (PreparedStatement query = db.prepareStatement(
                    "select id from personal_access_tokens where tenant_id = ?")) {
                query.setString(1, directory.tenantId());
                try (ResultSet token = query.executeQuery()) {
                    while (token.next()) {
                        String id = token.getString("id");
                        assertThat(issued).as("token.issue of " + id).contains(id);
                    }
                }
            }
        }
    }

    private static Set<String> targets(Connection db, String tenantId, String action) throws Exception {
        try (PreparedStatement query = db.prepareStatement("select target_id from audit_records"
                + " where tenant_id = ? and action = ? and outcome = 'success'")) {
            query.setString(1, tenantId);
            query.setString(2, action);
            Set<String> targets = new HashSet<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    targets.add(row.getString(1));
                }
            }
            return targets;
        }
    }

    private static void awaitChained(DashifyServer server, ScimClient tenant) throws Exception {
        String unsealed = "select count(*) from audit_unsealed where tenant_id = ?";
        await("the service chains the records", () -> {
            try {
                return server.queryNumber(unsealed, tenant.tenantId()) == 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long count(List<Call> calls, Predicate<Call> which) {
        synchronized (calls) {
            return calls.stream().filter(which).count();
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        await(what, condition, List.of());
    }

    private static void await(String what, BooleanSupplier condition, List<Call> calls) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(() -> "waiting for " + what + "; calls so far: " + summary(calls))
                    .isBefore(deadline);
            pause(Duration.ofMillis(250));
        }
    }

    /** How many calls of each kind, sent and answered when, got which status. */
    private static Map<String, Long> summary(List<Call> calls) {
        synchronized (calls) {
            return calls.stream().collect(Collectors.groupingBy(call -> call.kind() + " " + call.sent() + "->"
                    + call.answered() + " " + call.answer().status(), TreeMap::new, Collectors.counting()));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
