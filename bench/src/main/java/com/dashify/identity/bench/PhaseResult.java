package com.dashify.identity.bench;

import java.util.Map;

/**
 * What one workload measured: per operation, unexpected answers during its warm-up, and what the
 * server's process used meanwhile ({@code server} is null when the process was not given). A
 * workload whose list of work ran out during its warm-up measured nothing: {@code exhausted}.
 */
record PhaseResult(Workload workload, double warmUpSeconds, double measuredSeconds,
                   Map<Operation, OperationStats> operations, long warmUpErrors, boolean exhausted,
                   ServerUsage server) {

    /** The operations per second of one operation, 0 when it did not run. */
    double perSecond(Operation operation) {
        OperationStats stats = operations.get(operation);
        return stats == null ? 0 : stats.perSecond(measuredSeconds);
    }

    /** Unexpected answers, measured and during the warm-up. */
    long errors() {
        return warmUpErrors + operations.values().stream().mapToLong(OperationStats::errors).sum();
    }

    /**
     * CPU seconds used by the server (a cluster's nodes together) during the measured time; resident
     * memory at its start, peak and end; and the load balancer's CPU seconds, NaN without one.
     */
    record ServerUsage(double cpuSeconds, long rssKbAtStart, long rssKbPeak, long rssKbAtEnd,
                       double balancerCpuSeconds) {

        ServerUsage(double cpuSeconds, long rssKbAtStart, long rssKbPeak, long rssKbAtEnd) {
            this(cpuSeconds, rssKbAtStart, rssKbPeak, rssKbAtEnd, Double.NaN);
        }
    }
}
