package com.dashify.identity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs workloads one after another against a SCIM base URL, each with {@code --clients} clients:
 * an unmeasured warm-up, then the measured phase. The first workload's warm-up is long enough
 * for the JIT ({@code --warmup}); the later ones only settle ({@code --phase-warmup}). Prints and
 * writes (JSON, and an SVG chart) per workload and operation: throughput, latency percentiles,
 * unexpected answers by status, and the server's CPU time and resident memory; then each target
 * beside the ceiling it is measured against.
 *
 * <pre>java -jar dashify-bench.jar --scim http://localhost:8080/scim/v2 --token dfy_pat_… \
 *     [--clients 16] [--workloads idp,pipeline,lookup,create,offboarding] [--warmup 60] [--duration 60] \
 *     [--phase-warmup 10] [--phase-duration 30] [--users N] [--leavers ids.txt] [--server-pid PID[,PID…]] \
 *     [--balancer-pid PID] \
 *     [--pgbench-insert TPS] [--pgbench-lookup TPS] [--database NAME] [--out results.json] [--chart chart.svg] \
 *     [--groups sizes-and-ids.txt --group-pool ids.txt [--group-clients 4] [--group-warmup S] [--group-reads 3] \
 *      [--sync-users 10000] [--sync-groups 200] [--sync-groups-per-user 2] [--sync-batch 50] [--sync-clients C]] \
 *     [--bulk-users 1000] [--bulk-rounds 3] [--bulk-warmup S]</pre>
 *
 * <p>The {@code groups} workload runs phases of its own ({@link GroupsBenchmark}): it warms up
 * for {@code --group-warmup} (default: as a first or later workload would), then settles and
 * measures each of its phases for {@code --phase-warmup} and {@code --phase-duration}. The
 * {@code bulk} workload ({@link BulkBenchmark}) runs rounds of its own: warm-up rounds for
 * {@code --bulk-warmup} (default: as a first or later workload would), then {@code --bulk-rounds}.
 *
 * <p>{@code --server-pid} may list a cluster's nodes: their CPU time and memory are summed. The
 * load balancer's process ({@code --balancer-pid}) is counted apart.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI scim = URI.create(required(options, "scim"));
        String token = required(options, "token");
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        List<Workload> workloads = Arrays.stream(options.getOrDefault("workloads", "idp").split(","))
                .map(name -> Workload.valueOf(name.strip().toUpperCase(Locale.ROOT))).toList();
        Duration warmUp = seconds(options.getOrDefault("warmup", "60"));
        Duration measure = seconds(options.getOrDefault("duration", "60"));
        Duration phaseWarmUp = seconds(options.getOrDefault("phase-warmup", "10"));
        Duration phaseMeasure = seconds(options.getOrDefault("phase-duration", "30"));
        Queue<String> leavers = new ConcurrentLinkedQueue<>();
        if (options.containsKey("leavers")) {
            Files.readAllLines(Path.of(options.get("leavers"))).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).forEach(leavers::add);
        }
        Workload.Plan plan = new Workload.Plan(UUID.randomUUID().toString().substring(0, 8),
                Integer.parseInt(options.getOrDefault("users", "0")), leavers);
        Ceilings ceilings = new Ceilings(number(options, "pgbench-insert"), number(options, "pgbench-lookup"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<PhaseResult> phases = new ArrayList<>();
        GroupsResult groups = null;
        BulkBenchmark.Result bulk = null;
        try (ServerProcess server = options.containsKey("server-pid") ? new ServerProcess(pids(options.get("server-pid")))
                : null;
             ServerProcess balancer = options.containsKey("balancer-pid")
                ? new ServerProcess(pids(options.get("balancer-pid"))) : null) {
            for (Workload workload : workloads) {
                boolean first = phases.isEmpty() && groups == null && bulk == null;
                if (workload == Workload.BULK) {
                    Duration bulkWarmUp = options.containsKey("bulk-warmup") ? seconds(options.get("bulk-warmup"))
                            : first ? warmUp : phaseWarmUp;
                    bulk = BulkBenchmark.run(new BulkBenchmark.Settings(plan.runId(),
                            Integer.parseInt(options.getOrDefault("bulk-users", "1000")),
                            Integer.parseInt(options.getOrDefault("bulk-rounds", "3")), bulkWarmUp),
                            http, scim, token, server);
                    System.out.print(BulkBenchmark.text(bulk));
                    continue;
                }
                if (workload == Workload.GROUPS) {
                    Duration groupWarmUp = options.containsKey("group-warmup") ? seconds(options.get("group-warmup"))
                            : first ? warmUp : phaseWarmUp;
                    groups = GroupsBenchmark.run(groupSettings(options, plan.runId(), clients, groupWarmUp,
                            phaseWarmUp, phaseMeasure), http, scim, token, server);
                    System.out.print(GroupsReport.text(groups));
                    continue;
                }
                System.out.printf("%s: %d clients, warm-up %d s, then measured for up to %d s%n", workload.wireName(),
                        clients, (first ? warmUp : phaseWarmUp).toSeconds(), (first ? measure : phaseMeasure).toSeconds());
                PhaseResult result = run(workload, plan, http, scim, token, clients, first ? warmUp : phaseWarmUp,
                        first ? measure : phaseMeasure, server, balancer);
                System.out.print(Report.phase(result));
                phases.add(result);
            }
        }
        List<Target> targets = Report.targets(phases, ceilings);
        System.out.print(Report.targetTable(targets, phases));
        Map<String, String> labels = new HashMap<>();
        labels.put("database", options.getOrDefault("database", "unknown"));
        labels.put("preloadedUsers", Integer.toString(plan.preloadedUsers()));
        if (options.containsKey("out")) {
            String report = Report.json(labels, clients, phases, ceilings, targets,
                    groups == null ? null : GroupsReport.json(groups));
            if (bulk != null) {
                report = BulkBenchmark.withResult(report, bulk);
            }
            Files.writeString(Path.of(options.get("out")), report);
        }
        if (options.containsKey("chart") && !phases.isEmpty()) {
            PhaseResult idp = phases.stream().filter(phase -> phase.workload() == Workload.IDP).findFirst().orElse(null);
            Files.writeString(Path.of(options.get("chart")), Chart.svg("Dashify Identity provisioning, "
                    + clients + " clients, " + plan.preloadedUsers() + " users, " + labels.get("database"), targets, idp));
        }
    }

    /**
     * The groups workload's settings: {@code --groups FILE} (lines of size and id of the preloaded
     * groups), {@code --group-pool FILE} (ids of users in none of them), {@code --group-clients}
     * (default 4: a directory does not send 16 changes to one group at once), {@code --group-reads}
     * (3), {@code --sync-users} (10,000), {@code --sync-groups} (200), {@code --sync-groups-per-user}
     * (2), {@code --sync-batch} (50 members per PATCH) and {@code --sync-clients} (as {@code --clients}).
     */
    static GroupsBenchmark.Settings groupSettings(Map<String, String> options, String runId, int clients,
                                                  Duration warmUp, Duration settle, Duration measure)
            throws IOException {
        SortedMap<Integer, String> groups = new TreeMap<>();
        for (String line : lines(required(options, "groups"))) {
            String[] sizeAndId = line.split("\\s+");
            groups.put(Integer.valueOf(sizeAndId[0]), sizeAndId[1]);
        }
        return new GroupsBenchmark.Settings(runId, groups, lines(required(options, "group-pool")),
                Integer.parseInt(options.getOrDefault("group-clients", "4")),
                Integer.parseInt(options.getOrDefault("sync-clients", Integer.toString(clients))), warmUp, settle,
                measure, Integer.parseInt(options.getOrDefault("group-reads", "3")),
                Integer.parseInt(options.getOrDefault("sync-users", "10000")),
                Integer.parseInt(options.getOrDefault("sync-groups", "200")),
                Integer.parseInt(options.getOrDefault("sync-groups-per-user", "2")),
                Integer.parseInt(options.getOrDefault("sync-batch", "50")));
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Runs one workload: warm-up, then measures until the time is up or its work runs out. The
     * measured time ends with the last answer to a request sent while measuring.
     */
    static PhaseResult run(Workload workload, Workload.Plan plan, HttpClient http, URI scim, String token, int clients,
                           Duration warmUp, Duration measure, ServerProcess server) throws InterruptedException {
        return run(workload, plan, http, scim, token, clients, warmUp, measure, server, null);
    }

    /** As above, and the load balancer's CPU time when {@code balancer} is not null. */
    static PhaseResult run(Workload workload, Workload.Plan plan, HttpClient http, URI scim, String token, int clients,
                           Duration warmUp, Duration measure, ServerProcess server, ServerProcess balancer)
            throws InterruptedException {
        return run(workload, (client, index, phase) -> workload.client(client, index, phase, plan), http, scim, token,
                clients, warmUp, measure, server, balancer);
    }

    /** As above, with each client's loop made by {@code loops}: a workload that runs phases of its own. */
    static PhaseResult run(Workload workload, ClientLoop loop, HttpClient http, URI scim, String token, int clients,
                           Duration warmUp, Duration measure, ServerProcess server) throws InterruptedException {
        return run(workload, loop, http, scim, token, clients, warmUp, measure, server, null);
    }

    /** As above, and the load balancer's CPU time when {@code balancer} is not null. */
    static PhaseResult run(Workload workload, ClientLoop loop, HttpClient http, URI scim, String token, int clients,
                           Duration warmUp, Duration measure, ServerProcess server, ServerProcess balancer)
            throws InterruptedException {
        Phase phase = new Phase();
        List<ScimClient> scimClients = new ArrayList<>();
        List<Runnable> loops = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ScimClient client = new ScimClient(http, scim, token, phase::measuring);
            scimClients.add(client);
            loops.add(loop.client(client, i, phase));
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        loops.forEach(threads::execute);
        try {
            if (phase.await(warmUp)) {
                phase.stop();
                awaitClients(threads);
                return new PhaseResult(workload, warmUp.toSeconds(), 0, Map.of(), warmUpErrors(scimClients), true,
                        null);
            }
            double cpuAtStart = server == null ? 0 : server.cpuSeconds();
            double balancerCpuAtStart = balancer == null ? 0 : balancer.cpuSeconds();
            long rssAtStart = server == null ? 0 : server.rssKb();
            if (server != null) {
                server.resetPeak();
            }
            long start = System.nanoTime();
            phase.startMeasuring();
            phase.await(measure);
            phase.stop();
            awaitClients(threads);
            long end = scimClients.stream().mapToLong(ScimClient::lastMeasuredAnswerNanos).max().orElse(start);
            PhaseResult.ServerUsage usage = server == null ? null : new PhaseResult.ServerUsage(
                    server.cpuSeconds() - cpuAtStart, rssAtStart, server.peakKb(), server.rssKb(),
                    balancer == null ? Double.NaN : balancer.cpuSeconds() - balancerCpuAtStart);
            Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
            for (Operation operation : Operation.values()) {
                OperationStats sum = new OperationStats();
                scimClients.forEach(client -> sum.add(client.measured().get(operation)));
                if (sum.count() > 0) {
                    total.put(operation, sum);
                }
            }
            return new PhaseResult(workload, warmUp.toSeconds(), Math.max(end - start, 0) / 1e9, total,
                    warmUpErrors(scimClients), false, usage);
        } finally {
            phase.stop();
            awaitClients(threads);
        }
    }

    private static long warmUpErrors(List<ScimClient> clients) {
        return clients.stream().mapToLong(ScimClient::warmUpErrors).sum();
    }

    private static void awaitClients(ExecutorService threads) throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    /** What one client of a phase does, in its own thread, until the phase ends. */
    @FunctionalInterface
    interface ClientLoop {
        Runnable client(ScimClient client, int index, Phase phase);
    }

    /** PostgreSQL's own rates for the service's statements, measured by pgbench in the same run; NaN if not. */
    record Ceilings(double pgbenchInsert, double pgbenchLookup) {
    }

    private static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static List<Long> pids(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    private static double number(Map<String, String> options, String name) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : Double.NaN;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
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
}
