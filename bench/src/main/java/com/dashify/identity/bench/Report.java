package com.dashify.identity.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The benchmark's figures as text for the terminal and as JSON for bench/results/. */
final class Report {

    /** Entra's published floor is 25 requests per second per tenant; offboarding aims far above it. */
    static final double OFFBOARDING_GOAL_PER_SECOND = 500;
    private static final JsonProvider JSON = JsonProvider.provider();
    /** The latency percentiles reported, besides the maximum. */
    static final double[] PERCENTILES = {50, 95, 99};

    private Report() {
    }

    static String phase(PhaseResult phase) {
        if (phase.exhausted()) {
            return String.format("  ran out of work during its warm-up: nothing measured (preload more)%n");
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-15s %10s %9s %9s %9s %9s  %s%n",
                "operation", "ops/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors by status"));
        phase.operations().forEach((operation, stats) -> text.append(String.format(Locale.ROOT,
                "  %-15s %10.1f %9.2f %9.2f %9.2f %9.2f  %s%n", operation.name().toLowerCase(Locale.ROOT),
                stats.perSecond(phase.measuredSeconds()), stats.millisAt(50), stats.millisAt(95), stats.millisAt(99),
                stats.maxMillis(), stats.errorsByStatus().isEmpty() ? "none" : stats.errorsByStatus())));
        text.append(String.format(Locale.ROOT, "  measured for %.1f s; %d unexpected answers during the warm-up",
                phase.measuredSeconds(), phase.warmUpErrors()));
        if (phase.server() != null) {
            PhaseResult.ServerUsage server = phase.server();
            text.append(String.format(Locale.ROOT, "; server: %.1f CPU s (%.2f cores, %.1f ms per request), RSS %d MB"
                    + " at start, %d MB peak, %d MB at end", server.cpuSeconds(),
                    server.cpuSeconds() / phase.measuredSeconds(), cpuMillisPerRequest(phase),
                    server.rssKbAtStart() / 1024, server.rssKbPeak() / 1024, server.rssKbAtEnd() / 1024));
            if (!Double.isNaN(server.balancerCpuSeconds())) {
                text.append(String.format(Locale.ROOT, "; balancer: %.1f CPU s (%.2f ms per request)",
                        server.balancerCpuSeconds(), balancerCpuMillisPerRequest(phase)));
            }
        }
        return text.append(String.format("%n")).toString();
    }

    /** The targets that this run's workloads and ceilings can tell. */
    static List<Target> targets(List<PhaseResult> phases, LoadGenerator.Ceilings ceilings) {
        List<Target> targets = new ArrayList<>();
        Optional<PhaseResult> lookup = find(phases, Workload.LOOKUP);
        Optional<PhaseResult> pipeline = find(phases, Workload.PIPELINE);
        Optional<PhaseResult> create = find(phases, Workload.CREATE);
        Optional<PhaseResult> offboarding = find(phases, Workload.OFFBOARDING);
        if (lookup.isPresent() && pipeline.isPresent()) {
            targets.add(new Target("lookup / service pipeline", lookup.get().perSecond(Operation.LOOKUP),
                    pipeline.get().perSecond(Operation.PIPELINE), "req/s", 0.5));
        }
        if (lookup.isPresent()) {
            targets.add(new Target("lookup / pgbench lookup", lookup.get().perSecond(Operation.LOOKUP),
                    ceilings.pgbenchLookup(), "/s", 0));
        }
        if (create.isPresent()) {
            targets.add(new Target("create / pgbench insert", create.get().perSecond(Operation.CREATE),
                    ceilings.pgbenchInsert(), "/s", 0.4));
        }
        if (offboarding.isPresent()) {
            targets.add(new Target("offboarding (5 sessions, 3 PATs)", offboarding.get().perSecond(Operation.OFFBOARD),
                    OFFBOARDING_GOAL_PER_SECOND, "/s", 1));
        }
        return targets;
    }

    /**
     * The server's CPU time per measured request: steadier than a rate on a shared machine, where
     * the database and the load generator take what the service does not.
     */
    static double cpuMillisPerRequest(PhaseResult phase) {
        long requests = phase.operations().values().stream().mapToLong(OperationStats::count).sum();
        return phase.server() == null || requests == 0 ? Double.NaN : phase.server().cpuSeconds() * 1000 / requests;
    }

    /** The load balancer's CPU time per measured request; NaN without a balancer. */
    static double balancerCpuMillisPerRequest(PhaseResult phase) {
        long requests = phase.operations().values().stream().mapToLong(OperationStats::count).sum();
        return phase.server() == null || requests == 0 ? Double.NaN
                : phase.server().balancerCpuSeconds() * 1000 / requests;
    }

    static String targetTable(List<Target> targets, List<PhaseResult> phases) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%ntargets%n  %-34s %10s %11s %7s %6s  %s%n",
                "", "measured", "reference", "ratio", "goal", "met"));
        for (Target target : targets) {
            text.append(String.format(Locale.ROOT, "  %-34s %10.1f %11.1f %7s %6s  %s%n", target.name(), target.value(),
                    target.reference(), target.measured() ? String.format(Locale.ROOT, "%.2f", target.ratio()) : "-",
                    target.goal() > 0 ? String.format(Locale.ROOT, "%.2f", target.goal()) : "-",
                    !target.measured() ? "not measured" : target.goal() == 0 ? "-" : target.met() ? "yes" : "NO"));
        }
        // A goal that asks for more than the service answers a request that does no work at all
        // cannot be met by making the work cheaper: the note says so beside the figures.
        Optional<Double> pipeline = find(phases, Workload.PIPELINE).map(phase -> phase.perSecond(Operation.PIPELINE));
        for (Target target : targets) {
            double asked = target.goal() * target.reference();
            if (pipeline.isPresent() && target.measured() && asked > pipeline.get()) {
                text.append(String.format(Locale.ROOT, "  %-34s %10s  its goal asks for %.0f %s, above this run's"
                        + " pipeline ceiling of %.0f req/s%n", "", "", asked, target.unit(), pipeline.get()));
            }
        }
        long errors = phases.stream().mapToLong(PhaseResult::errors).sum();
        text.append(String.format(Locale.ROOT, "  %-34s %10d %11s %7s %6s  %s%n", "errors of any kind", errors, "", "",
                "0", errors == 0 ? "yes" : "NO"));
        find(phases, Workload.IDP).map(PhaseResult::server).ifPresent(server -> text.append(String.format(Locale.ROOT,
                "  %-34s %10s  %d MB at start, %d MB at end, %d MB peak%n", "RSS over the idp phase", "",
                server.rssKbAtStart() / 1024, server.rssKbAtEnd() / 1024, server.rssKbPeak() / 1024)));
        return text.toString();
    }

    static String json(Map<String, String> labels, int clients, List<PhaseResult> phases,
                       LoadGenerator.Ceilings ceilings, List<Target> targets) {
        return json(labels, clients, phases, ceilings, targets, null);
    }

    /** As above, with the groups workload's figures under {@code groups} when it ran. */
    static String json(Map<String, String> labels, int clients, List<PhaseResult> phases,
                       LoadGenerator.Ceilings ceilings, List<Target> targets, JsonObject groups) {
        JsonObjectBuilder root = JSON.createObjectBuilder().add("benchmark", "provisioning");
        labels.forEach(root::add);
        JsonArrayBuilder phaseArray = JSON.createArrayBuilder();
        for (PhaseResult phase : phases) {
            JsonArrayBuilder operations = JSON.createArrayBuilder();
            phase.operations().forEach((operation, stats) -> {
                JsonObjectBuilder errors = JSON.createObjectBuilder();
                stats.errorsByStatus().forEach((status, count) -> errors.add(Integer.toString(status), count));
                JsonObjectBuilder latency = JSON.createObjectBuilder();
                for (double percentile : PERCENTILES) {
                    latency.add("p" + (int) percentile, stats.millisAt(percentile));
                }
                operations.add(JSON.createObjectBuilder()
                        .add("operation", operation.name().toLowerCase(Locale.ROOT))
                        .add("count", stats.count())
                        .add("perSecond", stats.perSecond(phase.measuredSeconds()))
                        .add("latencyMillis", latency.add("max", stats.maxMillis()))
                        .add("errorsByStatus", errors));
            });
            JsonObjectBuilder entry = JSON.createObjectBuilder()
                    .add("workload", phase.workload().wireName())
                    .add("warmUpSeconds", phase.warmUpSeconds())
                    .add("measuredSeconds", phase.measuredSeconds())
                    .add("ranOutDuringWarmUp", phase.exhausted())
                    .add("warmUpErrors", phase.warmUpErrors())
                    .add("operations", operations);
            if (phase.server() != null) {
                JsonObjectBuilder server = JSON.createObjectBuilder()
                        .add("cpuSeconds", phase.server().cpuSeconds())
                        .add("rssKbAtStart", phase.server().rssKbAtStart())
                        .add("rssKbPeak", phase.server().rssKbPeak())
                        .add("rssKbAtEnd", phase.server().rssKbAtEnd());
                double cpuPerRequest = cpuMillisPerRequest(phase);
                if (!Double.isNaN(cpuPerRequest)) {
                    server.add("cpuMillisPerRequest", cpuPerRequest);
                }
                addIfMeasured(server, "balancerCpuSeconds", phase.server().balancerCpuSeconds());
                addIfMeasured(server, "balancerCpuMillisPerRequest", balancerCpuMillisPerRequest(phase));
                entry.add("server", server);
            }
            phaseArray.add(entry);
        }
        JsonObjectBuilder ceilingObject = JSON.createObjectBuilder();
        addIfMeasured(ceilingObject, "pgbenchInsertPerSecond", ceilings.pgbenchInsert());
        addIfMeasured(ceilingObject, "pgbenchLookupPerSecond", ceilings.pgbenchLookup());
        JsonArrayBuilder targetArray = JSON.createArrayBuilder();
        for (Target target : targets) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("name", target.name()).add("value", target.value())
                    .add("unit", target.unit());
            addIfMeasured(entry, "reference", target.reference());
            addIfMeasured(entry, "ratio", target.ratio());
            if (target.goal() > 0) {
                entry.add("goal", target.goal()).add("met", target.met());
            }
            targetArray.add(entry);
        }
        if (groups != null) {
            root.add("groups", groups);
        }
        long groupErrors = groups == null ? 0 : groupErrors(groups);
        return root.add("clients", clients)
                .add("phases", phaseArray)
                .add("ceilings", ceilingObject)
                .add("targets", targetArray)
                .add("errors", phases.stream().mapToLong(PhaseResult::errors).sum() + groupErrors)
                .build().toString();
    }

    /** Every unexpected answer the groups workload counted. */
    private static long groupErrors(JsonObject groups) {
        long errors = groups.getJsonNumber("warmUpErrors").longValue();
        errors += groups.getJsonArray("sizes").getValuesAs(JsonObject.class).stream()
                .mapToLong(size -> size.getJsonNumber("errors").longValue()).sum();
        for (String part : List.of("wholeRead", "initialSync")) {
            JsonNumber partErrors = groups.containsKey(part) ? groups.getJsonObject(part).getJsonNumber("errors") : null;
            errors += partErrors == null ? 0 : partErrors.longValue();
        }
        return errors;
    }

    private static void addIfMeasured(JsonObjectBuilder object, String name, double value) {
        if (!Double.isNaN(value)) {
            object.add(name, value);
        }
    }

    private static Optional<PhaseResult> find(List<PhaseResult> phases, Workload workload) {
        return phases.stream().filter(phase -> phase.workload() == workload).findFirst();
    }
}
