package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When a workload's warm-up ends, and the CPU-per-request arithmetic it is judged by. */
class WarmUpTest {

    @Test
    void fewerThanThreeWindowsAreNeverStable() {
        assertThat(WarmUp.stable(List.of())).isFalse();
        assertThat(WarmUp.stable(List.of(1.0, 1.0))).isFalse();
    }

    @Test
    void stillFallingFiguresAreNotStable() {
        assertThat(WarmUp.stable(List.of(2.0, 1.6, 1.4, 1.3))).isFalse();
    }

    @Test
    void theLastThreeWithinFivePercentOfTheLowestAreStableWhateverCameBefore() {
        assertThat(WarmUp.stable(List.of(3.0, 2.0, 1.02, 1.0, 1.04))).isTrue();
        assertThat(WarmUp.stable(List.of(1.0, 1.06, 1.0))).isFalse();
    }

    @Test
    void cpuPerRequestIsTicksOverTheClockRateOverRequestsInMilliseconds() {
        // 250 ticks at 100 per second are 2.5 s of CPU; over 5,000 requests, 0.5 ms each.
        assertThat(WarmUp.cpuMsPerRequest(250, 100, 5000)).isEqualTo(0.5, within(1e-12));
    }

    @Test
    void noRequestsCostInfinitelyMuchRatherThanNothing() {
        assertThat(WarmUp.cpuMsPerRequest(10, 100, 0)).isInfinite();
    }
}
