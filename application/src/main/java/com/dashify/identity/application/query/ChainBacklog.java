package com.dashify.identity.application.query;

import java.time.Duration;
import java.time.Instant;

/**
 * The audit records of every tenant written but not chained yet: how many, and when the oldest of
 * them was written (null when there are none).
 */
public record ChainBacklog(long records, Instant oldestWrittenAt) {

    public static final ChainBacklog NONE = new ChainBacklog(0, null);

    /** How far the chain is behind the trail at {@code now}: the oldest waiting record's age, or zero. */
    public Duration lagAt(Instant now) {
        if (oldestWrittenAt == null || oldestWrittenAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldestWrittenAt, now);
    }
}
