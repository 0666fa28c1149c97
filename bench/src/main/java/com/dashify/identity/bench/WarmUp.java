package com.dashify.identity.bench;

import java.util.List;

/**
 * The rule that ends a workload's warm-up: the server's CPU per request over the last few windows
 * spreads by less than a tolerance of the lowest of them (the JIT has stopped making it cheaper).
 */
public final class WarmUp {

    /** Windows compared. */
    public static final int WINDOWS = 3;
    /** The largest spread, as a fraction of the lowest value, at which the figures count as still. */
    public static final double TOLERANCE = 0.05;

    private WarmUp() {
    }

    /** Whether the last {@link #WINDOWS} values of CPU ms per request differ by less than {@link #TOLERANCE}. */
    public static boolean stable(List<Double> cpuMsPerRequest) {
        if (cpuMsPerRequest.size() < WINDOWS) {
            return false;
        }
        List<Double> last = cpuMsPerRequest.subList(cpuMsPerRequest.size() - WINDOWS, cpuMsPerRequest.size());
        double lowest = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double highest = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return highest - lowest < TOLERANCE * lowest;
    }

    /** The server's CPU milliseconds per completed request, from clock ticks of /proc/PID/stat. */
    public static double cpuMsPerRequest(long ticks, long ticksPerSecond, long requests) {
        if (requests == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return ticks * 1000.0 / ticksPerSecond / requests;
    }
}
