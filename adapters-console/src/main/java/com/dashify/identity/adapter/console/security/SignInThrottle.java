package com.dashify.identity.adapter.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed console sign-ins, per account and per client address, before any password is
 * hashed: online guessing gets a handful of tries per quarter hour, and a flood of attempts cannot
 * keep the CPU busy with PBKDF2. Counted per node; a cluster multiplies the allowance by its size.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 30;
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another attempt for this account from this address may be checked now. */
    public boolean allows(String organisation, String userName, String address) {
        Instant now = clock.instant();
        return recent(accountKey(organisation, userName), now) < ACCOUNT_FAILURES
                && recent("address:" + address, now) < ADDRESS_FAILURES;
    }

    public void failed(String organisation, String userName, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.entrySet().removeIf(entry -> recent(entry.getKey(), now) == 0);
        }
        record(accountKey(organisation, userName), now);
        record("address:" + address, now);
    }

    /** A successful sign-in clears the account's count (not the address's). */
    public void succeeded(String organisation, String userName) {
        failures.remove(accountKey(organisation, userName));
    }

    private static String accountKey(String organisation, String userName) {
        return "account:" + organisation.toLowerCase(Locale.ROOT) + "/" + userName.toLowerCase(Locale.ROOT);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > ADDRESS_FAILURES) {
                times.removeFirst();
            }
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            return (int) times.stream().filter(time -> time.isAfter(now.minus(WINDOW))).count();
        }
    }
}
