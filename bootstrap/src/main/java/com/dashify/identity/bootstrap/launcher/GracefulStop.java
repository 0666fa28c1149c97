package com.dashify.identity.bootstrap.launcher;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What a node does on SIGTERM (an orchestrator's stop, {@code kill}, a rolling restart): it first
 * turns {@code /health/ready} to 503, so that the balancer takes it out of rotation, keeps serving
 * what still arrives for the drain period, waits for the requests in flight to finish, closes its
 * HTTP listener (what arrives later is refused at connect, which a balancer retries elsewhere), and
 * only then exits, which stops Payara Micro and leaves the data grid, handing this node's partitions
 * over. A second SIGTERM exits at once.
 *
 * <p>The service tells the launcher about its requests through a platform MBean
 * ({@code com.dashify.identity:type=Requests}, the service's {@code InFlightRequests}): the two
 * live in different class loaders, and the MBean server is the JVM's. The signal handler is
 * {@code sun.misc.Signal}'s (module {@code jdk.unsupported}), reached by reflection: it is the one
 * way to act on SIGTERM before the shutdown hooks run, which stop Payara at once; and the build
 * treats the compiler's warning on that API as an error.
 */
final class GracefulStop {

    static final String DRAIN_SETTING = "DASHIFY_DRAIN_SECONDS";
    /** Long enough for a balancer that checks readiness every second or two to take the node out. */
    static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);
    /** Requests still running after this long are cut short: a stop must end. */
    static final Duration IN_FLIGHT_BOUND = Duration.ofSeconds(30);
    /** The service's {@code InFlightRequests.OBJECT_NAME} (the launcher cannot load the service's classes). */
    static final String REQUESTS = "com.dashify.identity:type=Requests";
    private static final Duration POLL = Duration.ofMillis(100);

    private final Duration drain;
    private final MBeanServer server;
    private final Runnable closeListener;
    private final AtomicBoolean stopping = new AtomicBoolean();

    GracefulStop(Duration drain, MBeanServer server, Runnable closeListener) {
        this.drain = drain;
        this.server = server;
        this.closeListener = closeListener;
    }

    /**
     * From now on, SIGTERM stops this node gracefully. Without {@code jdk.unsupported} (a trimmed
     * runtime), SIGTERM stops it at once, as before, and one line says so.
     */
    static void onTerminate(Duration drain, Runnable closeListener) {
        GracefulStop stop = new GracefulStop(drain, ManagementFactory.getPlatformMBeanServer(), closeListener);
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object handler = Proxy.newProxyInstance(GracefulStop.class.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, arguments) -> switch (method.getName()) {
                        case "handle" -> {
                            stop.terminate();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == arguments[0];
                        default -> "GracefulStop";
                    });
            signal.getMethod("handle", signal, handlerType)
                    .invoke(null, signal.getConstructor(String.class).newInstance("TERM"), handler);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException unavailable) {
            System.err.println("Dashify: cannot handle SIGTERM in this Java runtime (" + unavailable
                    + "); SIGTERM stops the node without draining");
        }
    }

    /** The drain period: {@code DASHIFY_DRAIN_SECONDS} (0 to 300), else ten seconds. */
    static Duration drainPeriod(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_DRAIN;
        }
        try {
            long seconds = Long.parseLong(configured.strip());
            if (seconds >= 0 && seconds <= 300) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the message below
        }
        System.err.println("Dashify: " + DRAIN_SETTING + " takes 0 to 300 seconds, not '" + configured
                + "'; draining for " + DEFAULT_DRAIN.toSeconds());
        return DEFAULT_DRAIN;
    }

    /** Runs on the JVM's signal thread: drains, then exits; a second signal exits at once. */
    void terminate() {
        if (!stopping.compareAndSet(false, true)) {
            System.err.println("Dashify: second SIGTERM; stopping now");
            System.exit(143);
            return;
        }
        Thread thread = new Thread(() -> {
            drain();
            System.exit(0);
        }, "dashify-graceful-stop");
        thread.start();
    }

    /** Not ready, the drain period, then until no request is in flight (within a bound); returns when done. */
    void drain() {
        ObjectName requests;
        try {
            requests = new ObjectName(REQUESTS);
            server.invoke(requests, "drain", new Object[0], new String[0]);
        } catch (JMException | RuntimeException notDeployed) {
            System.err.println("Dashify: SIGTERM; the service is not deployed, stopping now");
            return;
        }
        System.err.println("Dashify: SIGTERM; not ready from now on, serving for " + drain.toSeconds()
                + " s more, then stopping once the requests in flight are done");
        sleep(drain);
        Instant bound = Instant.now().plus(IN_FLIGHT_BOUND);
        int inFlight = inFlight(requests);
        while (inFlight > 0 && Instant.now().isBefore(bound)) {
            sleep(POLL);
            inFlight = inFlight(requests);
        }
        if (inFlight > 0) {
            System.err.println("Dashify: " + inFlight + " requests still in flight after "
                    + IN_FLIGHT_BOUND.toSeconds() + " s; stopping anyway");
        }
        closeListener.run();
    }

    private int inFlight(ObjectName requests) {
        try {
            return ((Number) server.getAttribute(requests, "InFlight")).intValue();
        } catch (JMException | RuntimeException gone) {
            return 0;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
