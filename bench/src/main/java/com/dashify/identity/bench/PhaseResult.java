package com.dashify.identity.bench;

import java.util.Map;

/**
 * What one workload measured: per operation, and what the server's process used meanwhile
 * ({@code server} is null when the process was not given).
 */
record PhaseResult(Workload workload, double warmUpSeconds, double measuredSeconds,
                   Map<Operation, OperationStats> operations, ServerUsage server) {

    /** The operations per second of one operation, 0 when it did not run. */
    double perSecond(Operation operation) {
        OperationStats stats = operations.get(operation);
        return stats == null ? 0 : stats.perSecond(measuredSeconds);
    }

    long errors() {
        return operations.values().stream()
                .mapToLong(stats -> stats.errorsByStatus().values().stream().mapToLong(Long::longValue).sum())
                .sum();
    }

    /** CPU seconds used by the server during the measured time; resident memory at its start, peak and end. */
    record ServerUsage(double cpuSeconds, long rssKbAtStart, long rssKbPeak, long rssKbAtEnd) {
    }
}
