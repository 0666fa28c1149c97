package com.dashify.identity.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code --clients} directories against a SCIM base URL: a warm-up (not measured, long
 * enough for the JIT), then the measured phase; prints, per operation, throughput, latency
 * percentiles and unexpected answers by status, and writes the same as JSON.
 *
 * <pre>java -jar dashify-bench.jar --scim http://localhost:8080/scim/v2 --token dfy_pat_… \
 *     [--clients 16] [--warmup 60] [--duration 60] [--out results.json]</pre>
 */
public final class LoadGenerator {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final double[] PERCENTILES = {50, 95, 99};

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI scim = URI.create(required(options, "scim"));
        String token = required(options, "token");
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "60")));
        Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60")));

        Map<Operation, OperationStats> total = run(scim, token, clients, warmUp, measure);

        double seconds = measure.toMillis() / 1000.0;
        System.out.print(report(total, seconds));
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), json(total, clients, warmUp, seconds));
        }
    }

    static Map<Operation, OperationStats> run(URI scim, String token, int clients, Duration warmUp,
                                              Duration measure) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Phase phase = new Phase();
        List<Directory> directories = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            Directory directory = new Directory(http, scim, token, "bench-" + run + "-" + i, phase::measuring,
                    phase::running);
            directories.add(directory);
            threads.execute(directory);
        }
        Thread.sleep(warmUp.toMillis());
        phase.measuring = true;
        Thread.sleep(measure.toMillis());
        phase.running = false;
        phase.measuring = false;
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            OperationStats sum = new OperationStats();
            directories.forEach(directory -> sum.add(directory.measured().get(operation)));
            total.put(operation, sum);
        }
        return total;
    }

    static String report(Map<Operation, OperationStats> total, double seconds) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-15s %10s %9s %9s %9s %9s  %s%n",
                "operation", "ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors by status"));
        total.forEach((operation, stats) -> text.append(String.format(Locale.ROOT,
                "%-15s %10.1f %9.2f %9.2f %9.2f %9.2f  %s%n", operation.name().toLowerCase(Locale.ROOT),
                stats.perSecond(seconds), stats.millisAt(50), stats.millisAt(95), stats.millisAt(99),
                stats.maxMillis(), stats.errorsByStatus().isEmpty() ? "none" : stats.errorsByStatus())));
        return text.toString();
    }

    static String json(Map<Operation, OperationStats> total, int clients, Duration warmUp, double seconds) {
        JsonArrayBuilder operations = JSON.createArrayBuilder();
        total.forEach((operation, stats) -> {
            JsonObjectBuilder errors = JSON.createObjectBuilder();
            stats.errorsByStatus().forEach((status, count) -> errors.add(Integer.toString(status), count));
            JsonObjectBuilder latency = JSON.createObjectBuilder();
            for (double percentile : PERCENTILES) {
                latency.add("p" + (int) percentile, stats.millisAt(percentile));
            }
            operations.add(JSON.createObjectBuilder()
                    .add("operation", operation.name().toLowerCase(Locale.ROOT))
                    .add("count", stats.count())
                    .add("perSecond", stats.perSecond(seconds))
                    .add("latencyMillis", latency.add("max", stats.maxMillis()))
                    .add("errorsByStatus", errors));
        });
        return JSON.createObjectBuilder()
                .add("clients", clients)
                .add("warmUpSeconds", warmUp.toSeconds())
                .add("measuredSeconds", seconds)
                .add("operations", operations)
                .build().toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** Whether clients still run, and whether what they do now counts. */
    private static final class Phase {
        volatile boolean running = true;
        volatile boolean measuring;

        boolean running() {
            return running;
        }

        boolean measuring() {
            return measuring;
        }
    }
}
