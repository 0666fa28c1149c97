package com.dashify.identity.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.bootstrap.InFlightRequests;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The launcher's stop on SIGTERM, against the service's own MBean in an MBean server of the test's. */
class GracefulStopTest {

    @Test
    void turnsNotReadyThenWaitsForTheRequestsInFlightBeforeClosingTheListener() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        MBeanServer server = MBeanServerFactory.newMBeanServer();
        InFlightRequests requests = new InFlightRequests();
        server.registerMBean(requests, new ObjectName(InFlightRequests.OBJECT_NAME));
        requests.started();
        requests.started();
        Thread finishing = new Thread(() -> {
            sleep(300);
            events.add(requests.isDraining() ? "requests done while draining" : "requests done before");
            requests.finished();
            requests.finished();
        });
        finishing.start();

        new GracefulStop(Duration.ZERO, server, () -> events.add("listener closed")).drain();

        finishing.join();
        assertThat(events).containsExactly("requests done while draining", "listener closed");
        assertThat(GracefulStop.REQUESTS).isEqualTo(InFlightRequests.OBJECT_NAME);
    }

    @Test
    void withoutTheServiceDeployedStopsAtOnce() {
        List<String> events = new CopyOnWriteArrayList<>();

        new GracefulStop(Duration.ofMinutes(1), MBeanServerFactory.newMBeanServer(),
                () -> events.add("listener closed")).drain();

        assertThat(events).isEmpty();
    }

    @Test
    void readsTheDrainPeriodWithinItsBounds() {
        assertThat(GracefulStop.drainPeriod(null)).isEqualTo(GracefulStop.DEFAULT_DRAIN);
        assertThat(GracefulStop.drainPeriod(" 12 ")).isEqualTo(Duration.ofSeconds(12));
        assertThat(GracefulStop.drainPeriod("0")).isEqualTo(Duration.ZERO);
        assertThat(GracefulStop.drainPeriod("301")).isEqualTo(GracefulStop.DEFAULT_DRAIN);
        assertThat(GracefulStop.drainPeriod("soon")).isEqualTo(GracefulStop.DEFAULT_DRAIN);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
