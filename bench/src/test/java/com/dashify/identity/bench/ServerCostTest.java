package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A window's line from wrk's output and the server's ticks, and the table that compares workloads with the ceiling. */
class ServerCostTest {

    private static final String WRK = """
              Latency Distribution
                 50%    1.50ms
                 99%   12.00ms
              20000 requests in 10.00s, 2.00MB read
              Non-2xx or 3xx responses: 3
            Requests/sec:   2000.00
            """;

    @Test
    void aWindowIsWrkFiguresBesideTheServerCpuPerRequest() {
        // 300 ticks at 100 per second: 3 s of CPU over 20,000 requests is 0.15 ms each.
        assertThat(ServerCost.window(WRK, 300, 100)).isEqualTo("20000\t10.00\t2000.0\t0.1500\t1.50\t12.00\t3\t0");
    }

    @Test
    void eachWorkloadIsComparedWithTheCeilingOfTheSameRun() {
        String table = ServerCost.report(List.of(
                "ceiling\t4\t\t100000\t10.00\t10000.0\t0.1000\t1.00\t3.00\t0\t0",
                "lookup\t12\tmax warm-up reached\t8000\t10.00\t800.0\t1.2500\t15.00\t40.00\t0\t0"));

        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().skip(1).findFirst().orElseThrow()).contains(" 1.00 ").endsWith("  4");
        assertThat(table.lines().skip(2).findFirst().orElseThrow())
                .contains(" 12.50 ").endsWith("12 (max warm-up reached)");
    }

    @Test
    void withoutACeilingTheRatioIsNotGuessed() {
        String table = ServerCost.report(List.of("noop\t3\t\t1000\t10.00\t100.0\t0.5000\t1.00\t3.00\t0\t0"));

        assertThat(table.lines().skip(1).findFirst().orElseThrow()).contains(" n/a ");
    }
}
