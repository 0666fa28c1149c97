package com.dashify.identity.bench;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The groups workload's figures as text for the terminal and as JSON, beside the goals. */
final class GroupsReport {

    /** Issue 13: the medians of the sizes within 1.5 times of each other. */
    static final double SPREAD_GOAL = 1.5;
    /** Issue 13: reading the largest group whole grows the heap by less than 50 MB. */
    static final double HEAP_GOAL_KB = 50 * 1024;
    private static final JsonProvider JSON = JsonProvider.provider();

    private GroupsReport() {
    }

    /** The largest of the values over the smallest; NaN if one is missing or not above 0. */
    static double spread(List<Double> values) {
        if (values.isEmpty() || values.stream().anyMatch(value -> Double.isNaN(value) || value <= 0)) {
            return Double.NaN;
        }
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return max / min;
    }

    /** The medians of one operation, size by size. */
    static List<Double> medians(GroupsResult result, Operation operation) {
        return result.sizes().stream().map(size -> millisAt(phaseOf(size, operation), operation, 50)).toList();
    }

    /**
     * What the heap goal is judged on, in KiB, and how it was measured: the highest used heap just
     * after a forced full collection during the read, over the one before it (what the read held);
     * failing that, after any collection during the timed reads; failing that, their peak, garbage
     * included, which can only overstate.
     */
    static Map.Entry<String, Double> heapGrowth(GroupsResult.WholeRead read) {
        if (read.forced() != null && !Double.isNaN(read.forced().afterCollectionKb())) {
            return Map.entry("after forced full collections", read.forced().afterCollectionKb());
        }
        if (read.timed() != null && !Double.isNaN(read.timed().afterCollectionKb())) {
            return Map.entry("after collections", read.timed().afterCollectionKb());
        }
        if (read.timed() != null && !Double.isNaN(read.timed().peakKb())) {
            return Map.entry("peak, garbage included", read.timed().peakKb());
        }
        return Map.entry("not measured", Double.NaN);
    }

    static String text(GroupsResult result) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%ngroups: %d clients on one group at a time; warm-up %.0f s (%d unexpected answers)%n",
                result.clients(), result.warmUpSeconds(), result.warmUpErrors()));
        text.append(String.format(Locale.ROOT, "  %10s %8s %7s %10s %7s %7s %8s %7s %7s %6s%n", "members",
                "add p50", "p95", "remove p50", "p95", "CPU ms", "get p50", "p95", "CPU ms", "errors"));
        for (GroupsResult.Size size : result.sizes()) {
            text.append(String.format(Locale.ROOT, "  %,10d %8.1f %7.1f %10.1f %7.1f %7.1f %8.1f %7.1f %7.1f %6d%n",
                    size.members(), millisAt(size.changes(), Operation.GROUP_ADD_MEMBER, 50),
                    millisAt(size.changes(), Operation.GROUP_ADD_MEMBER, 95),
                    millisAt(size.changes(), Operation.GROUP_REMOVE_MEMBER, 50),
                    millisAt(size.changes(), Operation.GROUP_REMOVE_MEMBER, 95),
                    Report.cpuMillisPerRequest(size.changes()), millisAt(size.get(), Operation.GROUP_GET, 50),
                    millisAt(size.get(), Operation.GROUP_GET, 95), Report.cpuMillisPerRequest(size.get()),
                    size.changes().errors() + size.get().errors()));
        }
        text.append("  (CPU ms: the server's CPU per request of the phase: add and remove together, get alone)\n");
        double add = spread(medians(result, Operation.GROUP_ADD_MEMBER));
        double remove = spread(medians(result, Operation.GROUP_REMOVE_MEMBER));
        double get = spread(medians(result, Operation.GROUP_GET));
        text.append(String.format(Locale.ROOT, "  largest median over smallest: add %.2f, remove %.2f, get %.2f"
                + " (goal at most %.2f: %s)%n", add, remove, get, SPREAD_GOAL, met(List.of(add, remove, get))));
        GroupsResult.WholeRead read = result.read();
        if (read != null) {
            text.append(String.format(Locale.ROOT, "  read whole, %,d members: %s s; %,d bytes, %,d members read,"
                    + " %d errors%n", read.members(), String.join(" / ", read.seconds().stream()
                    .map(seconds -> String.format(Locale.ROOT, "%.2f", seconds)).toList()), read.bytes(),
                    read.membersRead(), read.errors()));
            if (read.timed() != null) {
                text.append(String.format(Locale.ROOT, "    heap over its size after a full collection: during the"
                                + " timed reads %s MB at the peak (garbage included), %s MB after a collection (%d"
                                + " ran); during a read under forced full collections %s MB after one (%d ran)%n",
                        mb(read.timed().peakKb()), mb(read.timed().afterCollectionKb()), read.timed().collections(),
                        read.forced() == null ? "-" : mb(read.forced().afterCollectionKb()),
                        read.forced() == null ? 0 : read.forced().collections()));
            }
            Map.Entry<String, Double> growth = heapGrowth(read);
            text.append(String.format(Locale.ROOT, "    heap growth %s MB (%s; goal under %.0f MB: %s)%n",
                    mb(growth.getValue()), growth.getKey(), HEAP_GOAL_KB / 1024,
                    Double.isNaN(growth.getValue()) ? "not measured" : growth.getValue() < HEAP_GOAL_KB ? "yes" : "NO"));
        }
        GroupsResult.Sync sync = result.sync();
        if (sync != null) {
            text.append(String.format(Locale.ROOT, "  initial sync, %d clients, members added %d per PATCH, each user"
                    + " in %d groups:%n", sync.clients(), sync.batch(), sync.groupsPerUser()));
            stage(text, "users", sync.users(), "look-up and POST /Users each");
            stage(text, "groups", sync.groups(), "look-up and POST /Groups each");
            stage(text, "memberships", sync.memberships(), sync.memberships().requests() + " PATCHes");
            text.append(String.format(Locale.ROOT, "    total %.1f s, %d errors; every group read back with its"
                    + " members: %s%n", sync.seconds(), sync.errors(), sync.verified() ? "yes" : "NO"));
        }
        return text.toString();
    }

    private static void stage(StringBuilder text, String name, GroupsResult.Stage stage, String how) {
        text.append(String.format(Locale.ROOT, "    %-12s %,7d of %,7d in %6.1f s: %7.1f/s (%s); %d errors%s%n", name,
                stage.done(), stage.asked(), stage.seconds(), stage.perSecond(), how, stage.errors(),
                Double.isNaN(stage.cpuSeconds()) ? "" : String.format(Locale.ROOT, "; server %.1f CPU s",
                        stage.cpuSeconds())));
    }

    static JsonObject json(GroupsResult result) {
        JsonArrayBuilder sizes = JSON.createArrayBuilder();
        for (GroupsResult.Size size : result.sizes()) {
            JsonObjectBuilder entry = JSON.createObjectBuilder().add("members", size.members())
                    .add("add", latency(size.changes(), Operation.GROUP_ADD_MEMBER))
                    .add("remove", latency(size.changes(), Operation.GROUP_REMOVE_MEMBER))
                    .add("get", latency(size.get(), Operation.GROUP_GET))
                    .add("changesMeasuredSeconds", size.changes().measuredSeconds())
                    .add("getMeasuredSeconds", size.get().measuredSeconds())
                    .add("errors", size.changes().errors() + size.get().errors());
            number(entry, "changesCpuMillisPerRequest", Report.cpuMillisPerRequest(size.changes()));
            number(entry, "getCpuMillisPerRequest", Report.cpuMillisPerRequest(size.get()));
            sizes.add(entry);
        }
        JsonObjectBuilder spread = JSON.createObjectBuilder().add("goal", SPREAD_GOAL);
        number(spread, "add", spread(medians(result, Operation.GROUP_ADD_MEMBER)));
        number(spread, "remove", spread(medians(result, Operation.GROUP_REMOVE_MEMBER)));
        number(spread, "get", spread(medians(result, Operation.GROUP_GET)));
        JsonObjectBuilder root = JSON.createObjectBuilder().add("clients", result.clients())
                .add("warmUpSeconds", result.warmUpSeconds()).add("warmUpErrors", result.warmUpErrors())
                .add("sizes", sizes).add("medianSpread", spread);
        GroupsResult.WholeRead read = result.read();
        if (read != null) {
            JsonArrayBuilder seconds = JSON.createArrayBuilder();
            read.seconds().forEach(seconds::add);
            Map.Entry<String, Double> growth = heapGrowth(read);
            JsonObjectBuilder heap = JSON.createObjectBuilder().add("judgedOn", growth.getKey())
                    .add("goalKb", HEAP_GOAL_KB);
            number(heap, "growthKb", growth.getValue());
            if (read.timed() != null) {
                number(heap, "timedPeakKb", read.timed().peakKb());
                number(heap, "timedAfterCollectionKb", read.timed().afterCollectionKb());
                heap.add("timedCollections", read.timed().collections());
            }
            if (read.forced() != null) {
                number(heap, "forcedAfterCollectionKb", read.forced().afterCollectionKb());
                heap.add("forcedCollections", read.forced().collections());
            }
            root.add("wholeRead", JSON.createObjectBuilder().add("members", read.members()).add("seconds", seconds)
                    .add("bytes", read.bytes()).add("membersRead", read.membersRead()).add("errors", read.errors())
                    .add("heap", heap));
        }
        GroupsResult.Sync sync = result.sync();
        if (sync != null) {
            root.add("initialSync", JSON.createObjectBuilder().add("clients", sync.clients())
                    .add("membersPerPatch", sync.batch()).add("groupsPerUser", sync.groupsPerUser())
                    .add("users", stage(sync.users())).add("groups", stage(sync.groups()))
                    .add("memberships", stage(sync.memberships())).add("seconds", sync.seconds())
                    .add("errors", sync.errors()).add("verified", sync.verified()));
        }
        return root.build();
    }

    private static JsonObjectBuilder stage(GroupsResult.Stage stage) {
        JsonArrayBuilder operations = JSON.createArrayBuilder();
        stage.operations().forEach((operation, stats) -> operations.add(JSON.createObjectBuilder()
                .add("operation", operation.name().toLowerCase(Locale.ROOT)).add("count", stats.count())
                .add("p50", stats.millisAt(50)).add("p95", stats.millisAt(95)).add("errors", stats.errors())));
        JsonObjectBuilder entry = JSON.createObjectBuilder().add("asked", stage.asked()).add("done", stage.done())
                .add("seconds", stage.seconds()).add("perSecond", stage.perSecond()).add("errors", stage.errors())
                .add("operations", operations);
        number(entry, "cpuSeconds", stage.cpuSeconds());
        return entry;
    }

    private static JsonObjectBuilder latency(PhaseResult phase, Operation operation) {
        OperationStats stats = phase.operations().get(operation);
        JsonObjectBuilder latency = JSON.createObjectBuilder().add("count", stats == null ? 0 : stats.count());
        for (double percentile : Report.PERCENTILES) {
            latency.add("p" + (int) percentile, stats == null ? 0 : stats.millisAt(percentile));
        }
        return latency.add("max", stats == null ? 0 : stats.maxMillis())
                .add("errors", stats == null ? 0 : stats.errors());
    }

    private static PhaseResult phaseOf(GroupsResult.Size size, Operation operation) {
        return operation == Operation.GROUP_GET ? size.get() : size.changes();
    }

    private static double millisAt(PhaseResult phase, Operation operation, double percentile) {
        OperationStats stats = phase.operations().get(operation);
        return stats == null || stats.count() == 0 ? Double.NaN : stats.millisAt(percentile);
    }

    private static String met(List<Double> spreads) {
        if (spreads.stream().anyMatch(spread -> Double.isNaN(spread))) {
            return "not measured";
        }
        return spreads.stream().allMatch(spread -> spread <= SPREAD_GOAL) ? "yes" : "NO";
    }

    private static String mb(double kb) {
        return Double.isNaN(kb) ? "-" : String.format(Locale.ROOT, "%.1f", kb / 1024);
    }

    private static void number(JsonObjectBuilder object, String name, double value) {
        if (!Double.isNaN(value)) {
            object.add(name, value);
        }
    }
}
