package com.dashify.identity.application.common.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * A use case could not reach the service's database: stopped, restarting or unreachable, or no
 * connection free in time. It is no refusal and says nothing about the request, which may be
 * tried again after {@link #retryAfter()}. Any use case may fail with it. Nothing has changed,
 * unless the database went away while the change was being committed ({@link #outcomeUnknown()}):
 * then it may have been kept, and only a retry, or a look, tells.
 */
public final class UnavailableException extends RuntimeException {

    private final boolean outcomeUnknown;
    private final Duration retryAfter;

    public UnavailableException(boolean outcomeUnknown, Duration retryAfter, Throwable cause) {
        super(outcomeUnknown ? "the database became unavailable while the change was being committed"
                : "the database is unavailable", cause);
        this.outcomeUnknown = outcomeUnknown;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Whether the change may have been kept: the failure came once the use case had done its work. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** When trying again may find the database back (and the service's connections to it renewed). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
