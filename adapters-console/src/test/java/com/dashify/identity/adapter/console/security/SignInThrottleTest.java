package com.dashify.identity.adapter.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.testsupport.ParallelAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-08-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresOfAnAccountStopItForAQuarterHour() {
        Moving clock = new Moving();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.reserve("acme", "Admin@acme.example", "192.0.2.1").orElseThrow().failed();
        }

        assertThat(throttle.reserve("ACME", "admin@acme.example", "198.51.100.9")).isEmpty();
        assertThat(throttle.reserve("acme", "other@acme.example", "198.51.100.9")).isPresent();
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.reserve("acme", "admin@acme.example", "192.0.2.1")).isPresent();
    }

    @Test
    void anAccountHasFiveTriesHoweverItsNameIsSpelled() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        // The sign-in finds the same user for each: names compare composed (NFC), without case.
        List<String> spellings = List.of("jos\u00e9@acme.example", "jose\u0301@acme.example",
                "JOS\u00c9@acme.example", "JOSE\u0301@acme.example", "Jose\u0301@Acme.Example");
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.reserve("acme", spellings.get(i), "192.0.2." + i).orElseThrow().failed();
        }

        for (String spelling : spellings) {
            assertThat(throttle.reserve("acme", spelling, "198.51.100.9")).as(spelling).isEmpty();
        }
    }

    @Test
    void oneAddressGuessingManyAccountsIsStoppedToo() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.reserve("acme", "user" + i, "203.0.113.5").orElseThrow().failed();
        }

        assertThat(throttle.reserve("acme", "fresh-user", "203.0.113.5")).isEmpty();
        assertThat(throttle.reserve("acme", "fresh-user", "203.0.113.6")).isPresent();
    }

    @Test
    void successClearsTheAccount() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.reserve("acme", "admin", "192.0.2.1").orElseThrow().failed();
        }
        throttle.reserve("acme", "admin", "192.0.2.1").orElseThrow().succeeded();
        throttle.reserve("acme", "admin", "192.0.2.1").orElseThrow().failed();

        assertThat(throttle.reserve("acme", "admin", "192.0.2.1")).isPresent();
    }

    @Test
    void aRefusedAttemptCountsForNothing() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES; i++) {
            throttle.reserve("acme", "admin", "192.0.2.1").orElseThrow().failed();
        }
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            assertThat(throttle.reserve("acme", "admin", "192.0.2.1")).isEmpty();
        }

        assertThat(throttle.reserve("acme", "other", "192.0.2.1")).as("the address has used five of thirty")
                .isPresent();
    }

    @Test
    void fortyParallelAttemptsOnOneAccountGetFiveChecks() throws Exception {
        SignInThrottle throttle = new SignInThrottle(new Moving());

        int checked = checkedInParallel(throttle, 40, i -> "admin@acme.example");

        assertThat(checked).isEqualTo(SignInThrottle.ACCOUNT_FAILURES);
        assertThat(throttle.reserve("acme", "admin@acme.example", "198.51.100.9")).as("the right password next")
                .isEmpty();
    }

    @Test
    void fortyParallelAttemptsOnManyAccountsFromOneAddressGetThirtyChecks() throws Exception {
        SignInThrottle throttle = new SignInThrottle(new Moving());

        int checked = checkedInParallel(throttle, 40, i -> "user" + i + "@acme.example");

        assertThat(checked).isEqualTo(SignInThrottle.ADDRESS_FAILURES);
        assertThat(throttle.reserve("acme", "fresh@acme.example", "192.0.2.1")).isEmpty();
    }

    @Test
    void aSuccessReleasesItsReservationOnTheAddress() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.reserve("acme", "user" + i, "192.0.2.1").orElseThrow().succeeded();
        }

        assertThat(throttle.reserve("acme", "fresh", "192.0.2.1")).isPresent();
    }

    /**
     * Starts {@code attempts} sign-ins from one address at once; each that the throttle lets through
     * is "hashing" until every attempt has asked, then fails. Returns how many were let through.
     */
    private static int checkedInParallel(SignInThrottle throttle, int attempts, IntFunction<String> userName)
            throws Exception {
        return ParallelAttempts.admitted(attempts, i -> throttle.reserve("acme", userName.apply(i), "192.0.2.1"),
                SignInThrottle.Attempt::failed);
    }
}
