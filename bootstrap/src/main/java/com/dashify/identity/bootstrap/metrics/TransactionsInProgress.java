package com.dashify.identity.bootstrap.metrics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's transactions in progress: a use case running in its transaction, or a
 * transaction of its own started meanwhile (a refusal's record). Each holds a pooled connection
 * once it has touched the database, or waits for one: what the pool's use is, as far as the
 * service can tell portably (each server reports its pool in its own way, if at all).
 */
public final class TransactionsInProgress {

    private static final AtomicInteger IN_PROGRESS = new AtomicInteger();

    private TransactionsInProgress() {
    }

    public static void started() {
        IN_PROGRESS.incrementAndGet();
    }

    public static void ended() {
        IN_PROGRESS.decrementAndGet();
    }

    static int now() {
        return IN_PROGRESS.get();
    }
}
