package com.dashify.identity.adapter.console.security;

import com.dashify.identity.domain.user.UserName;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Limits failed console sign-ins, per account and per client address, before any password is
 * hashed: online guessing gets a handful of tries per quarter hour, and a flood of attempts cannot
 * keep the CPU busy with PBKDF2.
 *
 * <p>An attempt is {@linkplain #reserve reserved} before its password is checked, and counts as a
 * failure of its account and of its address from that moment: parallel attempts see each other's
 * reservations, so no more than the allowance is ever checked at once or in a window. A failure
 * keeps its reservation; a success gives the address's back and clears the account's count; an
 * attempt whose password could not be checked gives both back.
 *
 * <p>The counts live in a map given by the wiring: this node's own, or, in a cluster, a map of the
 * data grid that every node shares, so that the allowance is the cluster's and not each node's. The
 * map is only ever changed by compare-and-set ({@link ConcurrentMap#replace(Object, Object, Object)},
 * {@code putIfAbsent}, {@code remove(key, value)}), which a grid map does atomically across nodes
 * (comparing values by their serialized form, where a local map compares the array read).
 */
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 30;
    /** Compare-and-set rounds lost to other attempts on one key before this attempt is refused. */
    private static final int MAX_ROUNDS = 100;

    /** Times (epoch milliseconds, oldest first) of failures and of reservations not yet settled, by key. */
    private final ConcurrentMap<String, long[]> failures;
    private final Clock clock;

    /** A throttle of this node alone, its map unbounded (for tests; the wiring gives a bounded one). */
    public SignInThrottle() {
        this(new ConcurrentHashMap<>(), Clock.systemUTC());
    }

    /**
     * A throttle counting in {@code failures}, which may be shared with other nodes; its entries may
     * be forgotten after {@link #window()} without a change.
     */
    public SignInThrottle(ConcurrentMap<String, long[]> failures) {
        this(failures, Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this(new ConcurrentHashMap<>(), clock);
    }

    SignInThrottle(ConcurrentMap<String, long[]> failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** How long a failure counts; a shared map may forget an entry this long after its last change. */
    public static Duration window() {
        return WINDOW;
    }

    /**
     * Reserves one attempt for this account from this address, if both still have room in the
     * window; empty when either has none, and then nothing is counted.
     */
    public Optional<Attempt> reserve(String organisation, String userName, String address) {
        long now = clock.millis();
        String account = accountKey(organisation, userName);
        String from = addressKey(address);
        // The address first: an address out of tries must not count against the account it names.
        if (!add(from, now, ADDRESS_FAILURES)) {
            return Optional.empty();
        }
        if (!add(account, now, ACCOUNT_FAILURES)) {
            giveBack(from, now);
            return Optional.empty();
        }
        return Optional.of(new Attempt(account, from, now));
    }

    /** One reserved attempt: settled once, by its outcome. */
    public final class Attempt {

        private final String account;
        private final String address;
        private final long reservedAt;
        private boolean settled;

        private Attempt(String account, String address, long reservedAt) {
            this.account = account;
            this.address = address;
            this.reservedAt = reservedAt;
        }

        /** The password was wrong (or could not be checked): the reservation stays, as a failure. */
        public synchronized void failed() {
            settled = true;
        }

        /** The password was right: the account starts afresh, and the address gets its reservation back. */
        public synchronized void succeeded() {
            if (settled) {
                return;
            }
            settled = true;
            failures.remove(account);
            giveBack(address, reservedAt);
        }

        /**
         * The password could not be checked (the database did not answer, or the service failed):
         * no guess was made, so the account and the address both get their reservation back.
         */
        public synchronized void released() {
            if (settled) {
                return;
            }
            settled = true;
            giveBack(account, reservedAt);
            giveBack(address, reservedAt);
        }
    }

    /**
     * The account as the sign-in finds it: the organisation's name in lower case, the user's name
     * compared as lookups compare it ({@link UserName#keyOf}: composed, without case), so that no
     * spelling of one name gets a budget of its own.
     */
    private static String accountKey(String organisation, String userName) {
        return "account:" + organisation.strip().toLowerCase(Locale.ROOT) + "/" + UserName.keyOf(userName);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * Adds {@code time} to the key's failures if fewer than {@code limit} fall in the window; false
     * when they do not, and when other attempts on the key kept winning the race (refused, never
     * let through uncounted).
     */
    private boolean add(String key, long time, int limit) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long[] current = failures.get(key);
            long[] recent = recent(current, time);
            if (recent.length >= limit) {
                return false;
            }
            long[] next = Arrays.copyOf(recent, recent.length + 1);
            next[recent.length] = time;
            if (current == null ? failures.putIfAbsent(key, next) == null : failures.replace(key, current, next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes one failure at {@code time} off the key, if it is still there (and if other attempts do
     * not keep winning the race: then it stays counted, which errs on the side of fewer guesses).
     */
    private void giveBack(String key, long time) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            long[] current = failures.get(key);
            int index = current == null ? -1 : indexOf(current, time);
            if (index < 0) {
                return;
            }
            long[] next = new long[current.length - 1];
            System.arraycopy(current, 0, next, 0, index);
            System.arraycopy(current, index + 1, next, index, next.length - index);
            if (next.length == 0 ? failures.remove(key, current) : failures.replace(key, current, next)) {
                return;
            }
        }
    }

    /** The times that fall in the window ending at {@code now}. */
    private static long[] recent(long[] times, long now) {
        if (times == null) {
            return new long[0];
        }
        long start = now - WINDOW.toMillis();
        return Arrays.stream(times).filter(time -> time > start).toArray();
    }

    private static int indexOf(long[] times, long time) {
        for (int i = 0; i < times.length; i++) {
            if (times[i] == time) {
                return i;
            }
        }
        return -1;
    }
}
