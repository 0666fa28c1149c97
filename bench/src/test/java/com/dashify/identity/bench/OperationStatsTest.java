package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
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
    void theReportAndTheJsonCarryEveryOperation() {
        Map<Operation, OperationStats> total = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            total.put(operation, new OperationStats());
        }
        total.get(Operation.LOOKUP).record(3_000_000L, 200, true);
        total.get(Operation.CREATE).record(7_000_000L, 409, false);

        String report = LoadGenerator.report(total, 1);
        String json = LoadGenerator.json(total, 16, java.time.Duration.ofSeconds(60), 1);

        assertThat(report).contains("lookup").contains("deactivate").contains("{409=1}");
        assertThat(json).contains("\"operation\":\"create\"").contains("\"errorsByStatus\":{\"409\":1}")
                .contains("\"clients\":16");
    }
}
