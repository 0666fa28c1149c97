package com.dashify.identity.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code --cluster} becomes Payara Micro's options for the data grid. */
class ClusterMembershipTest {

    private static ClusterMembership read(Map<String, String> settings, String... args) {
        return ClusterMembership.of(args, settings::get);
    }

    @Test
    void aNodeRunsAloneUnlessAskedToJoin() {
        ClusterMembership alone = read(Map.of(), "--port", "9090");

        assertThat(alone.requested()).isFalse();
        assertThat(alone.gridOptions(true)).containsExactly("--nohazelcast");
        assertThat(alone.otherOptions()).containsExactly("--port", "9090");
    }

    @Test
    void joinsTheMembersListedOnPostgresUnderTheServicesClusterName() {
        ClusterMembership member = read(Map.of(), "--port", "8081", "--CLUSTER", "tcpip:10.0.0.1:5900,10.0.0.2:5900",
                "--startport", "5900");

        assertThat(member.gridOptions(true))
                .containsExactly("--clustermode", "tcpip:10.0.0.1:5900,10.0.0.2:5900", "--clustername", "dashify");
        assertThat(member.otherOptions()).containsExactly("--port", "8081", "--startport", "5900");
    }

    @Test
    void staysAloneOnH2EvenWhenAsked() {
        ClusterMembership onH2 = read(Map.of(), "--cluster", "multicast:224.2.2.4:2904");

        assertThat(onH2.requested()).isTrue();
        assertThat(onH2.gridOptions(false)).containsExactly("--nohazelcast");
    }

    @Test
    void aBareOptionIsMulticastOnPayarasDefaultsAndTheSettingWorksToo() {
        assertThat(read(Map.of(), "--cluster", "--port", "8081").gridOptions(true))
                .containsExactly("--clustername", "dashify");
        assertThat(read(Map.of(), "--port", "8081", "--cluster").otherOptions()).containsExactly("--port", "8081");
        assertThat(read(Map.of("DASHIFY_CLUSTER", "tcpip:a:1"), "--clustername", "blue").gridOptions(true))
                .containsExactly("--clustermode", "tcpip:a:1");
    }

    @Test
    void refusesAModePayaraDoesNotKnowOrGridOptionsThatContradictIt() {
        assertThatThrownBy(() -> read(Map.of(), "--cluster", "kubernetes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kubernetes'");
        assertThatThrownBy(() -> read(Map.of(), "--cluster", "tcpip:a:1", "--noHazelcast"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nohazelcast");
    }
}
