package com.dashify.identity.bootstrap.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.bootstrap.StartupSummary;
import com.dashify.identity.bootstrap.StartupSummaryMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.junit.jupiter.api.Test;

/** Where the launcher says the service is served, from Payara's configuration as its {@code get} prints it. */
class ListenerUrlsTest {

    /** What Payara Micro 6 printed, started with {@code --port 18555 --sslport 18556}. */
    private static final String LISTENERS = """
            PlainTextActionReporterSUCCESSDescription: get AdminCommandnull
                %1$s.https-listener.address=0.0.0.0
                %1$s.https-listener.enabled=true
                %1$s.https-listener.jk-configuration-file=${com.sun.aas.instanceRoot}/config/glassfish-jk.properties
                %1$s.https-listener.name=https-listener
                %1$s.https-listener.port=18556
                %1$s.https-listener.protocol=https-listener
                %1$s.http-listener.address=0.0.0.0
                %1$s.http-listener.enabled=true
                %1$s.http-listener.name=http-listener
                %1$s.http-listener.port=18555
                %1$s.http-listener.protocol=http-listener
            """.formatted(ListenerUrls.LISTENERS);
    private static final String PROTOCOLS = """
            PlainTextActionReporterSUCCESSDescription: get AdminCommandnull
                %1$s.http-listener.security-enabled=false
                %1$s.https-listener.security-enabled=true
            """.formatted(ListenerUrls.PROTOCOLS);

    @Test
    void oneUrlPerEnabledListenerHttpFirst() {
        assertThat(ListenerUrls.of(LISTENERS, PROTOCOLS))
                .containsExactly("http://localhost:18555/", "https://localhost:18556/");
    }

    @Test
    void aDisabledListenerServesNothing() {
        String httpsOff = LISTENERS.replace("https-listener.enabled=true", "https-listener.enabled=false");

        assertThat(ListenerUrls.of(httpsOff, PROTOCOLS)).containsExactly("http://localhost:18555/");
    }

    @Test
    void aListenerOnOneAddressIsReachedThere() {
        String loopback = LISTENERS.replace("http-listener.address=0.0.0.0", "http-listener.address=127.0.0.1")
                .replace("https-listener.address=0.0.0.0", "https-listener.address=::1");

        assertThat(ListenerUrls.of(loopback, PROTOCOLS))
                .containsExactly("http://127.0.0.1:18555/", "https://[::1]:18556/");
    }

    @Test
    void nothingReadableIsNoUrl() {
        assertThat(ListenerUrls.of("", "")).isEmpty();
        assertThat(ListenerUrls.of(LISTENERS.replace("=18555", "=${HTTP_PORT}").replace("=18556", "="), PROTOCOLS))
                .isEmpty();
    }

    @Test
    void theLauncherHandsTheUrlsToTheServicesSummary() throws Exception {
        List<List<String>> announced = new CopyOnWriteArrayList<>();
        MBeanServer server = MBeanServerFactory.newMBeanServer();
        StartupSummaryMXBean summary = urls -> announced.add(List.of(urls));
        server.registerMBean(new StandardMBean(summary, StartupSummaryMXBean.class, true),
                new ObjectName(StartupSummary.OBJECT_NAME));

        ReadySummary.announce(server, List.of("http://localhost:18555/", "https://localhost:18556/"));

        assertThat(announced).containsExactly(List.of("http://localhost:18555/", "https://localhost:18556/"));
        assertThat(ReadySummary.SUMMARY).isEqualTo(StartupSummary.OBJECT_NAME);
    }

    @Test
    void withoutTheServicesSummaryTheLauncherCarriesOn() {
        ReadySummary.announce(MBeanServerFactory.newMBeanServer(), List.of("http://localhost:18555/"));
    }
}
