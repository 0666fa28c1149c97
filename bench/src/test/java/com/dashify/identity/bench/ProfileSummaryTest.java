package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileSummaryTest {

    @Test
    void aSampleBelongsToTheFirstKnownComponentFromTheTopOfItsStack() {
        List<List<String>> stacks = List.of(
                List.of("java.util.HashMap.get", "org.eclipse.persistence.Session.execute",
                        "com.dashify.identity.UseCase.run", "java.lang.Thread.run"),
                List.of("org.postgresql.PgStatement.execute", "com.dashify.identity.UseCase.run"),
                List.of("java.lang.Object.wait", "java.lang.Thread.run"));

        String summary = ProfileSummary.summarise(stacks, 10);

        assertThat(summary).startsWith("3 execution samples")
                .contains(" 33.3%  eclipselink\n", " 33.3%  jdbc (pgjdbc)\n", " 33.3%  jdk and other\n")
                .contains(" 66.7%  com.dashify.identity.UseCase.run\n")
                .contains(" 33.3%  java.util.HashMap.get\n");
    }

    @Test
    void aMethodRecursingOnOneStackCountsOnce() {
        List<List<String>> stacks = List.of(
                List.of("org.glassfish.jersey.Chain.next", "org.glassfish.jersey.Chain.next", "java.lang.Thread.run"));

        assertThat(ProfileSummary.summarise(stacks, 10)).contains("100.0%  org.glassfish.jersey.Chain.next\n")
                .doesNotContain("200.0%");
    }

    @Test
    void anEmptyRecordingSaysSo() {
        assertThat(ProfileSummary.summarise(List.of(), 10)).isEqualTo("0 execution samples\n");
    }
}
