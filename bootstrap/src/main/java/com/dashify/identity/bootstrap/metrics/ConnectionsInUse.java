package com.dashify.identity.bootstrap.metrics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database connections the service's transactions hold now: one for each use case running in
 * its transaction, and one for each transaction of its own started meanwhile (a refusal's record).
 * The pool is the server's, which tells nothing portable; this is its use as the service makes it.
 */
public final class ConnectionsInUse {

    private static final AtomicInteger IN_USE = new AtomicInteger();

    private ConnectionsInUse() {
    }

    public static void taken() {
        IN_USE.incrementAndGet();
    }

    public static void released() {
        IN_USE.decrementAndGet();
    }

    static int now() {
        return IN_USE.get();
    }
}
