package com.dashify.identity.adapter.console.security;

import com.dashify.identity.domain.user.UserName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed console sign-ins, per account and per client address, before any password is
 * hashed: online guessing gets a handful of tries per quarter hour, and a flood of attempts cannot
 * keep the CPU busy with PBKDF2. Counted per node; a cluster multiplies the allowance by its size.
 *
 * <p>An attempt is {@linkplain #reserve reserved} before its password is checked, and counts as a
 * failure of its account and of its address from that moment: parallel attempts see each other's
 * reservations, so no more than the allowance is ever checked at once or in a window. A failure
 * keeps its reservation; a success gives the address's back and clears the account's count; an
 * attempt whose password could not be checked gives both back.
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 30;
    private static final int MAX_TRACKED = 100_000;

    /** Times of failures and of reservations not yet settled, by key; guarded by {@code this}. */
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves one attempt for this account from this address, if both still have room in the
     * window; empty when either has none, and then nothing is counted.
     */
    public synchronized Optional<Attempt> reserve(String organisation, String userName, String address) {
        Instant now = clock.instant();
        String account = accountKey(organisation, userName);
        String from = addressKey(address);
        if (recent(account, now) >= ACCOUNT_FAILURES || recent(from, now) >= ADDRESS_FAILURES) {
            return Optional.empty();
        }
        if (failures.size() > MAX_TRACKED) {
            failures.keySet().removeIf(key -> recent(key, now) == 0);
        }
        failures.computeIfAbsent(account, key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(from, key -> new ArrayDeque<>()).addLast(now);
        return Optional.of(new Attempt(account, from, now));
    }

    /** One reserved attempt: settled once, by its outcome. */
    public final class Attempt {

        private final String account;
        private final String address;
        private final Instant reservedAt;
        private boolean settled;

        private Attempt(String account, String address, Instant reservedAt) {
            this.account = account;
            this.address = address;
            this.reservedAt = reservedAt;
        }

        /** The password was wrong (or could not be checked): the reservation stays, as a failure. */
        public void failed() {
            synchronized (SignInThrottle.this) {
                settled = true;
            }
        }

        /** The password was right: the account starts afresh, and the address gets its reservation back. */
        public void succeeded() {
            synchronized (SignInThrottle.this) {
                if (settled) {
                    return;
                }
                settled = true;
                failures.remove(account);
                giveBack(address);
            }
        }

        /**
         * The password could not be checked (the database did not answer, or the service failed):
         * no guess was made, so the account and the address both get their reservation back.
         */
        public void released() {
            synchronized (SignInThrottle.this) {
                if (settled) {
                    return;
                }
                settled = true;
                giveBack(account);
                giveBack(address);
            }
        }

        private void giveBack(String key) {
            Deque<Instant> times = failures.get(key);
            if (times != null) {
                times.removeFirstOccurrence(reservedAt);
            }
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

    /** How many failures and reservations of the key fall in the window; forgets older ones. */
    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant start = now.minus(WINDOW);
        times.removeIf(time -> !time.isAfter(start));
        return times.size();
    }
}
