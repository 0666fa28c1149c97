package com.dashify.identity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The arithmetic of bench/server-cost.sh, which drives wrk: one measured window as a line of figures
 * ({@code window}), whether a warm-up may end ({@code stable}), and the table of every workload
 * beside the bare-framework ceiling measured in the same run ({@code report}).
 */
public final class ServerCost {

    /** The workload every other one is compared with. */
    static final String CEILING = "ceiling";
    /** The columns of a window line, tab-separated, as {@code window} prints them. */
    static final String WINDOW_COLUMNS =
            "requests\tseconds\treq_per_s\tcpu_ms_per_req\tp50_ms\tp99_ms\tnon2xx\tsocket_errors";

    private ServerCost() {
    }

    /**
     * {@code window WRK_OUTPUT TICKS CLK_TCK}: one line of {@link #WINDOW_COLUMNS};
     * {@code stable CPU_MS...}: exit 0 when the warm-up may end, 1 otherwise;
     * {@code report RESULTS}: the table, from lines of workload, warm-up windows, warm-up note and a window line.
     */
    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "window" -> System.out.println(window(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8),
                    Long.parseLong(args[2]), Long.parseLong(args[3])));
            case "stable" -> {
                List<Double> cpuMs = Arrays.stream(args).skip(1).map(Double::valueOf).toList();
                System.exit(WarmUp.stable(cpuMs) ? 0 : 1);
            }
            case "report" -> System.out.print(report(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)));
            default -> {
                System.err.println("usage: ServerCost window WRK_OUTPUT TICKS CLK_TCK | stable CPU_MS..."
                        + " | report RESULTS");
                System.exit(2);
            }
        }
    }

    /** wrk's output and the server's CPU ticks over the same window, as one line of {@link #WINDOW_COLUMNS}. */
    static String window(String wrkOutput, long ticks, long ticksPerSecond) {
        WrkSummary wrk = WrkSummary.parse(wrkOutput);
        double cpuMs = WarmUp.cpuMsPerRequest(ticks, ticksPerSecond, wrk.requests());
        return String.format(Locale.ROOT, "%d\t%.2f\t%.1f\t%.4f\t%.2f\t%.2f\t%d\t%d", wrk.requests(), wrk.seconds(),
                wrk.requestsPerSecond(), cpuMs, wrk.p50Ms(), wrk.p99Ms(), wrk.non2xx(), wrk.socketErrors());
    }

    /**
     * The table: per workload, req/s, CPU ms per request and its ratio to the ceiling's, latencies,
     * errors and how many warm-up windows it took. Without a ceiling line, the ratio column reads n/a.
     */
    static String report(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        double ceilingCpu = rows.stream().filter(row -> row[0].equals(CEILING))
                .mapToDouble(row -> Double.parseDouble(row[6])).findFirst().orElse(Double.NaN);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-10s %9s %12s %10s %9s %9s %8s %7s  %s%n", "workload", "req/s", "cpu ms/req", "x ceiling",
                "p50 ms", "p99 ms", "non-2xx", "sockerr", "warm-up windows"));
        for (String[] row : rows) {
            double cpu = Double.parseDouble(row[6]);
            String ratio = Double.isNaN(ceilingCpu) ? "n/a" : String.format(Locale.ROOT, "%.2f", cpu / ceilingCpu);
            table.append(String.format(Locale.ROOT, "%-10s %9s %12s %10s %9s %9s %8s %7s  %s%s%n", row[0], row[5],
                    row[6], ratio, row[7], row[8], row[9], row[10], row[1],
                    row[2].isEmpty() ? "" : " (" + row[2] + ")"));
        }
        return table.toString();
    }
}
