package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationStatsTest {

    @Test
    void percentilesThroughputAndErrorsAddUpAcrossClients() {
        OperationStats first = new OperationStats();
        OperationStats second = new OperationStats();
        for (int millis = 1; millis <= 100; millis++) {
            (millis % 2 == 0 ? first : second).record(millis * 1_000_000L, 200, true);
        }
        second.record(2_000_000_000L, 503, false);
        second.record(5_000_000L, 0, false);

        OperationStats total = new OperationStats();
        total.add(first);
        total.add(second);

        assertThat(total.count()).isEqualTo(102);
        assertThat(total.perSecond(10)).isEqualTo(10.2);
        assertThat(total.millisAt(50)).isCloseTo(50, within(0.5));
        assertThat(total.millisAt(99)).isCloseTo(100, within(0.5));
        assertThat(total.maxMillis()).isCloseTo(2000, within(2.0));
        assertThat(total.errorsByStatus()).containsExactly(Map.entry(0, 1L), Map.entry(503, 1L));
    }

    @Test
    void theReportAndTheJsonCarryEveryOperationThatRan() {
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        total.put(Operation.LOOKUP, new OperationStats());
        total.put(Operation.CREATE, new OperationStats());
        total.get(Operation.LOOKUP).record(3_000_000L, 200, true);
        total.get(Operation.CREATE).record(7_000_000L, 409, false);
        PhaseResult phase = new PhaseResult(Workload.IDP, 60, 1, total, 2, false,
                new PhaseResult.ServerUsage(1.5, 400 * 1024, 450 * 1024, 420 * 1024));

        String report = Report.phase(phase);
        String json = Report.json(Map.of("database", "h2"), 16, List.of(phase),
                new LoadGenerator.Ceilings(Double.NaN, 2000), List.of());

        assertThat(report).contains("lookup").contains("create").doesNotContain("deactivate").contains("{409=1}")
                .contains("2 unexpected answers during the warm-up")
                .contains("RSS 400 MB at start, 450 MB peak, 420 MB at end").contains("750.0 ms per request");
        assertThat(json).contains("\"operation\":\"create\"").contains("\"errorsByStatus\":{\"409\":1}")
                .contains("\"clients\":16").contains("\"database\":\"h2\"").contains("\"errors\":3")
                .contains("\"ceilings\":{\"pgbenchLookupPerSecond\":2000").contains("\"rssKbPeak\":460800")
                .contains("\"cpuMillisPerRequest\":750.0");
    }

    @Test
    void aBalancersCpuIsReportedApartFromTheNodes() {
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        total.put(Operation.LOOKUP, new OperationStats());
        for (int i = 0; i < 4; i++) {
            total.get(Operation.LOOKUP).record(3_000_000L, 200, true);
        }
        PhaseResult phase = new PhaseResult(Workload.IDP, 60, 1, total, 0, false,
                new PhaseResult.ServerUsage(0.02, 800 * 1024, 900 * 1024, 850 * 1024, 0.002));

        String report = Report.phase(phase);
        String json = Report.json(Map.of(), 16, List.of(phase), new LoadGenerator.Ceilings(Double.NaN, Double.NaN),
                List.of());

        assertThat(report).contains("5.0 ms per request").contains("balancer: 0.0 CPU s (0.50 ms per request)");
        assertThat(json).contains("\"balancerCpuSeconds\":0.002").contains("\"balancerCpuMillisPerRequest\":0.5");
        assertThat(Report.phase(new PhaseResult(Workload.IDP, 60, 1, total, 0, false,
                new PhaseResult.ServerUsage(0.02, 0, 0, 0)))).doesNotContain("balancer");
    }
}
