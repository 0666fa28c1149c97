package com.dashify.identity.adapter.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
            assertThat(throttle.allows("acme", "Admin@acme.example", "192.0.2.1")).isTrue();
            throttle.failed("acme", "Admin@acme.example", "192.0.2.1");
        }

        assertThat(throttle.allows("ACME", "admin@acme.example", "198.51.100.9")).isFalse();
        assertThat(throttle.allows("acme", "other@acme.example", "198.51.100.9")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.allows("acme", "admin@acme.example", "192.0.2.1")).isTrue();
    }

    @Test
    void oneAddressGuessingManyAccountsIsStoppedToo() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("acme", "user" + i, "203.0.113.5");
        }

        assertThat(throttle.allows("acme", "fresh-user", "203.0.113.5")).isFalse();
        assertThat(throttle.allows("acme", "fresh-user", "203.0.113.6")).isTrue();
    }

    @Test
    void successClearsTheAccount() {
        SignInThrottle throttle = new SignInThrottle(new Moving());
        for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
            throttle.failed("acme", "admin", "192.0.2.1");
        }
        throttle.succeeded("acme", "admin");
        throttle.failed("acme", "admin", "192.0.2.1");

        assertThat(throttle.allows("acme", "admin", "192.0.2.1")).isTrue();
    }
}
