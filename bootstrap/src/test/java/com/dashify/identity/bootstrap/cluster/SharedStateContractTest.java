package com.dashify.identity.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.console.security.SignInThrottle;
import com.dashify.identity.testsupport.ParallelAttempts;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the nodes share behaves the same on one node ({@link NodeState}) and across two members of a
 * real Hazelcast grid ({@link GridState}, Hazelcast 5.3 as Payara Micro ships it): the sign-in
 * throttle lets no more than its allowance through however the attempts are spread over the nodes,
 * and a job claimed by one node is skipped by the other.
 */
class SharedStateContractTest {

    /** The throttle's allowance per account ({@code SignInThrottle.ACCOUNT_FAILURES}, package-private there). */
    private static final int ACCOUNT_ALLOWANCE = 5;

    /** What both must do; each nested class says where the two nodes' state lives. */
    abstract static class Contract {

        /** The state as the first and the second node see it. */
        abstract SharedState first();

        abstract SharedState second();

        @Test
        void parallelGuessesSpreadOverTheNodesGetOneAllowanceBetweenThem() throws Exception {
            String map = "throttle-" + UUID.randomUUID();
            SignInThrottle[] throttles = {
                new SignInThrottle(first().counters(map, Duration.ofMinutes(15))),
                new SignInThrottle(second().counters(map, Duration.ofMinutes(15))),
            };
            // Each from an address of its own (only the account's allowance applies), every other on each node.
            int checked = ParallelAttempts.admitted(40,
                    i -> throttles[i % 2].reserve("acme", "admin@acme.example", "192.0.2." + i),
                    SignInThrottle.Attempt::failed);

            assertThat(checked).isEqualTo(ACCOUNT_ALLOWANCE);
            assertThat(throttles[1].reserve("acme", "admin@acme.example", "198.51.100.1")).isEmpty();
            assertThat(throttles[0].reserve("acme", "other@acme.example", "198.51.100.1")).isPresent();
        }

        @Test
        void aSuccessOnOneNodeGivesTheAccountItsAllowanceBackOnTheOther() {
            String map = "throttle-" + UUID.randomUUID();
            SignInThrottle one = new SignInThrottle(first().counters(map, Duration.ofMinutes(15)));
            SignInThrottle two = new SignInThrottle(second().counters(map, Duration.ofMinutes(15)));
            for (int i = 0; i < ACCOUNT_ALLOWANCE - 1; i++) {
                one.reserve("acme", "admin@acme.example", "192.0.2.1").orElseThrow().failed();
            }
            two.reserve("acme", "admin@acme.example", "192.0.2.1").orElseThrow().succeeded();

            for (int i = 0; i < ACCOUNT_ALLOWANCE; i++) {
                assertThat(one.reserve("acme", "admin@acme.example", "192.0.2.2")).isPresent();
            }
            assertThat(two.reserve("acme", "admin@acme.example", "192.0.2.2")).isEmpty();
        }

        @Test
        void aJobClaimedByOneNodeIsSkippedByTheOtherUntilItEnds() {
            String job = "job-" + UUID.randomUUID();
            List<Boolean> secondRan = new ArrayList<>();

            boolean firstRan = first().runAlone(job, Duration.ofMinutes(1),
                    () -> secondRan.add(second().runAlone(job, Duration.ofMinutes(1), () -> { })));

            assertThat(firstRan).isTrue();
            assertThat(secondRan).containsExactly(false);
            assertThat(second().runAlone(job, Duration.ofMinutes(1), () -> { })).isTrue();
        }
    }

    @Nested
    class OneNode extends Contract {
        private final NodeState node = new NodeState();

        @Override
        SharedState first() {
            return node;
        }

        @Override
        SharedState second() {
            return node;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TwoMembersOfAGrid extends Contract {
        private HazelcastInstance one;
        private HazelcastInstance two;

        @BeforeAll
        void startGrid() throws Exception {
            String name = "dashify-test-" + UUID.randomUUID();
            int first = freePort();
            int second = freePort();
            one = Hazelcast.newHazelcastInstance(config(name, first, first, second));
            two = Hazelcast.newHazelcastInstance(config(name, second, first, second));
            assertThat(two.getCluster().getMembers()).hasSize(2);
        }

        @AfterAll
        void stopGrid() {
            if (two != null) {
                two.shutdown();
            }
            if (one != null) {
                one.shutdown();
            }
        }

        @Override
        SharedState first() {
            return new GridState(one);
        }

        @Override
        SharedState second() {
            return new GridState(two);
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        /** A member on loopback at {@code port}, finding the other by address; none of Hazelcast's phoning home. */
        private Config config(String clusterName, int port, int first, int second) {
            Config config = new Config().setClusterName(clusterName);
            config.setProperty("hazelcast.phone.home.enabled", "false");
            config.setProperty("hazelcast.logging.type", "none");
            config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
            config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            JoinConfig join = config.getNetworkConfig().getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + first)
                    .addMember("127.0.0.1:" + second);
            return config;
        }
    }
}
