package com.dashify.identity.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Latencies and outcomes of one operation during the measured phase. Latencies are recorded in
 * microseconds, up to a minute, with three significant digits. Not thread-safe: each client keeps
 * its own and they are added together at the end.
 */
final class OperationStats {

    private static final long MAX_MICROS = 60_000_000L;

    private final Histogram micros = new Histogram(MAX_MICROS, 3);
    private final Map<Integer, Long> errorsByStatus = new TreeMap<>();

    /** A request answered with this status after this many nanoseconds; 0 for no answer at all. */
    void record(long nanos, int status, boolean expected) {
        micros.recordValue(Math.min(Math.max(nanos / 1000, 1), MAX_MICROS));
        if (!expected) {
            errorsByStatus.merge(status, 1L, Long::sum);
        }
    }

    void add(OperationStats other) {
        micros.add(other.micros);
        other.errorsByStatus.forEach((status, count) -> errorsByStatus.merge(status, count, Long::sum));
    }

    long count() {
        return micros.getTotalCount();
    }

    double perSecond(double seconds) {
        return seconds <= 0 ? 0 : count() / seconds;
    }

    /** The latency at this percentile, in milliseconds. */
    double millisAt(double percentile) {
        return count() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return count() == 0 ? 0 : micros.getMaxValue() / 1000.0;
    }

    /** Unexpected answers, all statuses. */
    long errors() {
        return errorsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Unexpected answers by HTTP status, in status order (0: the request failed without one). */
    Map<Integer, Long> errorsByStatus() {
        return Collections.unmodifiableMap(new TreeMap<>(errorsByStatus));
    }
}
