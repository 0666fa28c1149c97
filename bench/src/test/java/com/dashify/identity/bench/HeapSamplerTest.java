package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading jstat's lines, and what the heap did during a read. */
class HeapSamplerTest {

    /** As JDK 17's jstat -gc prints it for a G1 heap. */
    private static final List<String> HEADER = Arrays.asList(("S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT"
            + " FGC FGCT CGC CGCT GCT").split(" "));

    @Test
    void usedHeapIsSurvivorsEdenAndOldAndCollectionsAreYoungAndFull() {
        HeapSampler.Sample sample = HeapSampler.parse(HEADER, "        0.0      2048.0         0.0      2048.0"
                + "      11264.0       1000.0     248832.0       2240.5     8640.0     8429.7    1088.0     990.5"
                + "      7     0.050     2     0.000     5     0.000     0.050", 42);

        assertThat(sample.usedKb()).isEqualTo(2048 + 1000 + 2240.5);
        assertThat(sample.collections()).isEqualTo(9);
        assertThat(sample.nanos()).isEqualTo(42);
    }

    @Test
    void decimalCommasAreRead() {
        HeapSampler.Sample sample = HeapSampler.parse(List.of("S0U", "S1U", "EU", "OU", "YGC", "FGC"),
                "0,5 0,0 10,0 20,5 1 0", 0);

        assertThat(sample.usedKb()).isEqualTo(31.0);
    }

    @Test
    void growthIsThePeakOverTheBaselineAndTheHighestSampleJustAfterACollection() {
        List<HeapSampler.Sample> samples = List.of(
                new HeapSampler.Sample(0, 500_000, 3),   // before the read: not counted
                new HeapSampler.Sample(10, 150_000, 3),
                new HeapSampler.Sample(20, 250_000, 3),  // the peak: garbage not yet collected
                new HeapSampler.Sample(30, 110_000, 4),  // just after a collection
                new HeapSampler.Sample(40, 190_000, 4),
                new HeapSampler.Sample(50, 105_000, 6),  // after two more
                new HeapSampler.Sample(60, 900_000, 9)); // after the read: not counted

        HeapSampler.Growth growth = HeapSampler.growth(samples, 100_000, 10, 50);

        assertThat(growth.peakKb()).isEqualTo(150_000);
        assertThat(growth.afterCollectionKb()).isEqualTo(10_000);
        assertThat(growth.collections()).isEqualTo(3);
    }

    @Test
    void withoutACollectionDuringTheReadThereIsNoAfterCollectionFigure() {
        HeapSampler.Growth growth = HeapSampler.growth(List.of(new HeapSampler.Sample(5, 120, 1),
                new HeapSampler.Sample(15, 130, 1)), 100, 10, 20);

        assertThat(growth.peakKb()).isEqualTo(30);
        assertThat(growth.afterCollectionKb()).isNaN();
        assertThat(growth.collections()).isZero();
    }
}
