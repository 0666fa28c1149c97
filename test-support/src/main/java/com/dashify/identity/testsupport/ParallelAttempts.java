package com.dashify.identity.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Attempts that race a limit, as parallel guesses race a sign-in throttle: all start at once, each
 * asks for its place ({@code reserve}), and each that got one holds it until every attempt has
 * asked, then ends it ({@code end}). Nothing is given back before the last has asked, so the count
 * shows what the limit lets through at the worst moment.
 */
public final class ParallelAttempts {

    private ParallelAttempts() {
    }

    /**
     * Runs {@code attempts} attempts on threads of their own and returns how many {@code reserve}
     * let through; attempt {@code i} calls {@code reserve.apply(i)}.
     */
    public static <T> int admitted(int attempts, IntFunction<Optional<T>> reserve, Consumer<T> end) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch allAsked = new CountDownLatch(attempts);
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int attempt = i;
                running.add(pool.submit(() -> {
                    start.await();
                    Optional<T> place = reserve.apply(attempt);
                    allAsked.countDown();
                    if (place.isPresent()) {
                        admitted.incrementAndGet();
                        allAsked.await();
                        end.accept(place.get());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : running) {
                each.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return admitted.get();
    }
}
