package com.dashify.identity.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The clock of one workload's run, shared by its clients: whether they still run, whether what
 * they do now counts, and whether a workload with a fixed list of work has run out of it.
 */
final class Phase {

    private final CountDownLatch exhausted = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean measuring;

    boolean running() {
        return running;
    }

    boolean measuring() {
        return measuring;
    }

    void startMeasuring() {
        measuring = true;
    }

    void stop() {
        running = false;
        measuring = false;
    }

    /** Called by a client that found no work left: the phase ends now. */
    void exhausted() {
        exhausted.countDown();
    }

    /** Waits for this long, or less if the work runs out; answers whether it ran out. */
    boolean await(Duration duration) throws InterruptedException {
        return exhausted.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }
}
