package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator's own logic, against a small HTTP server that answers as the SCIM service would. */
class LoadGeneratorTest {

    private final Map<String, AtomicInteger> patchesById = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private HttpServer server;
    private URI scim;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/scim/v2/ServiceProviderConfig", exchange -> answer(exchange, 200, "{}"));
        server.createContext("/scim/v2/Users", this::users);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        scim = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim/v2");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void offboardingDeactivatesEachLeaverOnceAndEndsWhenNoneIsLeft() throws Exception {
        ConcurrentLinkedQueue<String> leavers = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 200; i++) {
            leavers.add("leaver-" + i);
        }
        Workload.Plan plan = new Workload.Plan("test", 0, leavers);

        PhaseResult result = LoadGenerator.run(Workload.OFFBOARDING, plan, http, scim, "token", 4, Duration.ZERO,
                Duration.ofSeconds(30), null);

        assertThat(patchesById).hasSize(200).allSatisfy((id, count) -> assertThat(count.get()).isEqualTo(1));
        // Requests sent before the (zero) warm-up ended count as warm-up.
        assertThat(result.operations().get(Operation.OFFBOARD).count()).isBetween(150L, 200L);
        assertThat(result.measuredSeconds()).isLessThan(30);
        assertThat(result.errors()).isZero();
    }

    @Test
    void workThatRunsOutDuringTheWarmUpIsReportedNotThrown() throws Exception {
        ConcurrentLinkedQueue<String> leavers = new ConcurrentLinkedQueue<>(List.of("a", "b", "c"));
        Workload.Plan plan = new Workload.Plan("test", 0, leavers);

        PhaseResult result = LoadGenerator.run(Workload.OFFBOARDING, plan, http, scim, "token", 2,
                Duration.ofSeconds(30), Duration.ofSeconds(30), null);

        assertThat(result.exhausted()).isTrue();
        assertThat(result.operations()).isEmpty();
        assertThat(Report.phase(result)).contains("ran out of work during its warm-up");
        assertThat(patchesById).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void aLookupThatDoesNotFindExactlyOneUserCountsAsAnError() throws Exception {
        Workload.Plan plan = new Workload.Plan("test", 10, new ConcurrentLinkedQueue<>());

        PhaseResult result = LoadGenerator.run(Workload.LOOKUP, plan, http, scim, "token", 2, Duration.ZERO,
                Duration.ofMillis(500), null);

        OperationStats stats = result.operations().get(Operation.LOOKUP);
        assertThat(stats.count()).isPositive();
        // The server below finds users 1 to 5 only: about half the lookups must be counted as wrong answers.
        assertThat(stats.errorsByStatus()).containsOnlyKeys(200);
        assertThat(stats.errorsByStatus().get(200)).isBetween(stats.count() / 5, stats.count() * 4 / 5);
        assertThat(lookups.get()).isGreaterThanOrEqualTo((int) stats.count());
    }

    @Test
    void theTargetsCompareEachFigureWithItsCeiling() {
        List<PhaseResult> phases = List.of(phase(Workload.PIPELINE, Operation.PIPELINE, 1000),
                phase(Workload.LOOKUP, Operation.LOOKUP, 600), phase(Workload.CREATE, Operation.CREATE, 300));

        List<Target> targets = Report.targets(phases, new LoadGenerator.Ceilings(1000, Double.NaN));

        assertThat(targets).extracting(Target::name).containsExactly("lookup / service pipeline",
                "lookup / pgbench lookup", "create / pgbench insert");
        assertThat(targets.get(0).ratio()).isEqualTo(0.6);
        assertThat(targets.get(0).met()).isTrue();
        assertThat(targets.get(1).measured()).isFalse();
        assertThat(targets.get(2).ratio()).isEqualTo(0.3);
        assertThat(targets.get(2).met()).isFalse();
        assertThat(Chart.svg("t", targets, null)).contains("600 of 1000 req/s (60%)", "300 of 1000 /s (30%)")
                .doesNotContain("pgbench lookup");
    }

    @Test
    void aGoalAboveThePipelineCeilingIsPointedOut() {
        List<PhaseResult> phases = List.of(phase(Workload.PIPELINE, Operation.PIPELINE, 450),
                phase(Workload.LOOKUP, Operation.LOOKUP, 300), phase(Workload.CREATE, Operation.CREATE, 200),
                phase(Workload.OFFBOARDING, Operation.OFFBOARD, 100));

        String table = Report.targetTable(Report.targets(phases, new LoadGenerator.Ceilings(1000, Double.NaN)),
                phases);

        assertThat(table).contains("its goal asks for 500 /s, above this run's pipeline ceiling of 450 req/s")
                .doesNotContain("asks for 400").doesNotContain("asks for 225");
    }

    /** A phase of 10 measured seconds in which one operation ran at this rate. */
    private static PhaseResult phase(Workload workload, Operation operation, int perSecond) {
        OperationStats stats = new OperationStats();
        for (int i = 0; i < perSecond * 10; i++) {
            stats.record(1_000_000, 200, true);
        }
        return new PhaseResult(workload, 0, 10, Map.of(operation, stats), 0, false, null);
    }

    private void users(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("PATCH".equals(exchange.getRequestMethod())) {
            patchesById.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), id -> new AtomicInteger())
                    .incrementAndGet();
            answer(exchange, 200, "{}");
            return;
        }
        lookups.incrementAndGet();
        String query = exchange.getRequestURI().getQuery().toLowerCase(java.util.Locale.ROOT);
        // 1 to 5 exist; 6 to 10 answer with ten users, which is no more right than none.
        boolean found = query.matches(".*preloaded-[1-5]@.*");
        answer(exchange, 200, "{\"totalResults\":" + (found ? 1 : 10) + ",\"Resources\":[]}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
