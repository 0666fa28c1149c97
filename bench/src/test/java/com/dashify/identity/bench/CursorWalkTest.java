package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorWalkTest {

    @Test
    void theFirstPagesLeaveOutThePageThatCountsAndTheLastPagesEndTheWalk() {
        CursorWalk.Walk walk = new CursorWalk.Walk(List.of(90.0, 4.0, 6.0, 5.0, 50.0, 7.0, 9.0, 8.0), 800, 800, 1);

        assertThat(walk.firstPagesMedian(3)).isEqualTo(5.0);
        assertThat(walk.lastPagesMedian(3)).isEqualTo(8.0);
        assertThat(CursorWalk.median(List.of(1.0, 2.0, 3.0, 10.0))).isEqualTo(2.5);
    }
}
