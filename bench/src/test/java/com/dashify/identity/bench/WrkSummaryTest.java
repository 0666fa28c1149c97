package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reading wrk 4.1's output, as printed with --latency. */
class WrkSummaryTest {

    private static final String WITH_ERRORS = """
            Running 10s test @ http://127.0.0.1:18080/scim/v2/Users
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    12.51ms    8.02ms 120.33ms   80.12%
                Req/Sec   655.10     80.20   830.00     70.00%
              Latency Distribution
                 50%   10.87ms
                 75%   15.02ms
                 90%   21.40ms
                 99%    1.02s
              13093 requests in 10.01s, 9.84MB read
              Socket errors: connect 0, read 2, write 0, timeout 5
              Non-2xx or 3xx responses: 17
            Requests/sec:   1308.00
            Transfer/sec:      0.98MB
            """;

    private static final String CLEAN = """
            Running 1m test @ http://127.0.0.1:18080/ceiling/ping
              2 threads and 16 connections
              Latency Distribution
                 50%  812.00us
                 75%    1.10ms
                 90%    1.60ms
                 99%    4.25ms
              600000 requests in 1.00m, 80.00MB read
            Requests/sec:  10000.00
            """;

    @Test
    void readsTotalsErrorsAndPercentilesInTheirUnits() {
        WrkSummary summary = WrkSummary.parse(WITH_ERRORS);

        assertThat(summary.requests()).isEqualTo(13093);
        assertThat(summary.seconds()).isEqualTo(10.01, within(1e-9));
        assertThat(summary.non2xx()).isEqualTo(17);
        assertThat(summary.socketErrors()).isEqualTo(7);
        assertThat(summary.p50Ms()).isEqualTo(10.87, within(1e-9));
        assertThat(summary.p99Ms()).isEqualTo(1020.0, within(1e-9));
        assertThat(summary.requestsPerSecond()).isEqualTo(13093 / 10.01, within(1e-9));
    }

    @Test
    void aRunWithoutErrorLinesHasNoneAndMicrosecondsAndMinutesAreConverted() {
        WrkSummary summary = WrkSummary.parse(CLEAN);

        assertThat(summary.non2xx()).isZero();
        assertThat(summary.socketErrors()).isZero();
        assertThat(summary.seconds()).isEqualTo(60.0, within(1e-9));
        assertThat(summary.p50Ms()).isEqualTo(0.812, within(1e-9));
        assertThat(summary.p99Ms()).isEqualTo(4.25, within(1e-9));
    }

    @Test
    void outputWithoutALatencyDistributionIsRefused() {
        String withoutLatency = "  13093 requests in 10.01s, 9.84MB read\nRequests/sec:   1308.00\n";

        assertThatThrownBy(() -> WrkSummary.parse(withoutLatency)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--latency");
    }
}
