package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The groups workload's figures beside the goals, as text and JSON. */
class GroupsReportTest {

    @Test
    void theSpreadIsTheLargestMedianOverTheSmallest() {
        assertThat(GroupsReport.spread(List.of(10.0, 12.0, 15.0))).isEqualTo(1.5);
        assertThat(GroupsReport.spread(List.of(10.0, Double.NaN))).isNaN();
        assertThat(GroupsReport.spread(List.of())).isNaN();
    }

    @Test
    void theHeapGoalIsJudgedOnWhatTheReadHeldNotOnItsGarbage() {
        GroupsResult.WholeRead forced = read(new HeapSampler.Growth(300 * 1024, 20 * 1024, 2),
                new HeapSampler.Growth(40 * 1024, 3 * 1024, 6));
        GroupsResult.WholeRead noForcedCollection = read(new HeapSampler.Growth(300 * 1024, 20 * 1024, 2),
                new HeapSampler.Growth(40 * 1024, Double.NaN, 0));
        GroupsResult.WholeRead noCollection = read(new HeapSampler.Growth(30 * 1024, Double.NaN, 0), null);

        assertThat(GroupsReport.heapGrowth(forced)).isEqualTo(Map.entry("after forced full collections", 3.0 * 1024));
        assertThat(GroupsReport.heapGrowth(noForcedCollection)).isEqualTo(Map.entry("after collections", 20.0 * 1024));
        assertThat(GroupsReport.heapGrowth(noCollection)).isEqualTo(Map.entry("peak, garbage included", 30.0 * 1024));
        assertThat(GroupsReport.heapGrowth(read(null, null)).getValue()).isNaN();
    }

    @Test
    void theTextAndTheJsonCarryEverySizeTheGoalsAndTheSync() {
        GroupsResult result = new GroupsResult(4, 120, 0, List.of(size(10, 10, 4), size(10000, 11, 4),
                size(100000, 16, 5)), read(new HeapSampler.Growth(180 * 1024, 12 * 1024, 3),
                new HeapSampler.Growth(60 * 1024, 4 * 1024, 5)), sync());

        String text = GroupsReport.text(result);
        String json = GroupsReport.json(result).toString();
        String report = Report.json(Map.of("database", "postgresql"), 16, List.of(),
                new LoadGenerator.Ceilings(Double.NaN, Double.NaN), List.of(), GroupsReport.json(result));

        assertThat(text).contains("    100,000     16.0").contains("largest median over smallest: add 1.60,"
                        + " remove 1.60, get 1.25 (goal at most 1.50: NO)")
                .contains("read whole, 100,000 members: 2.50 / 2.00 s; 9,000,000 bytes, 100,000 members read")
                .contains("heap growth 4.0 MB (after forced full collections; goal under 50 MB: yes)")
                .contains("users         10,000 of  10,000 in   50.0 s:   200.0/s")
                .contains("total 80.0 s, 0 errors; every group read back with its members: yes");
        assertThat(GroupsReport.json(result).getJsonObject("medianSpread").getJsonNumber("add").doubleValue())
                .isCloseTo(1.6, within(0.01));
        assertThat(json).contains("\"medianSpread\":{\"goal\":1.5,\"add\":").contains("\"growthKb\":4096.0").contains("\"timedPeakKb\":184320.0")
                .contains("\"memberships\":{\"asked\":20000,\"done\":20000,\"seconds\":25.0,\"perSecond\":800.0");
        assertThat(report).contains("\"groups\":{\"clients\":4").contains("\"errors\":0");
        // CPU per request: 2 CPU seconds over 200 requests of the phase.
        assertThat(GroupsReport.json(result).getJsonArray("sizes").getJsonObject(0)
                .getJsonNumber("changesCpuMillisPerRequest").doubleValue()).isCloseTo(10.0, within(1e-9));
    }

    /** A size whose add and remove medians are {@code millis} and whose get median is {@code getMillis}. */
    private static GroupsResult.Size size(int members, int millis, int getMillis) {
        return new GroupsResult.Size(members,
                phase(Map.of(Operation.GROUP_ADD_MEMBER, stats(millis), Operation.GROUP_REMOVE_MEMBER, stats(millis))),
                phase(Map.of(Operation.GROUP_GET, stats(getMillis))));
    }

    private static PhaseResult phase(Map<Operation, OperationStats> operations) {
        long requests = operations.values().stream().mapToLong(OperationStats::count).sum();
        return new PhaseResult(Workload.GROUPS, 5, 20, operations, 0, false,
                new PhaseResult.ServerUsage(requests / 100.0, 0, 0, 0));
    }

    private static OperationStats stats(int millis) {
        OperationStats stats = new OperationStats();
        for (int i = 0; i < 100; i++) {
            stats.record(millis * 1_000_000L, 204, true);
        }
        return stats;
    }

    private static GroupsResult.WholeRead read(HeapSampler.Growth timed, HeapSampler.Growth forced) {
        return new GroupsResult.WholeRead(100000, List.of(2.5, 2.0), 9_000_000, 100000, 0, timed, forced);
    }

    private static GroupsResult.Sync sync() {
        return new GroupsResult.Sync(16, 50, 2,
                new GroupsResult.Stage(10000, 10000, 50, Map.of(Operation.CREATE, stats(40)), 60),
                new GroupsResult.Stage(200, 200, 5, Map.of(Operation.GROUP_CREATE, stats(20)), 4),
                new GroupsResult.Stage(20000, 20000, 25, Map.of(Operation.GROUP_ADD_MEMBERS, stats(60)), 30), true);
    }
}
