package com.dashify.identity.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The requests this node is serving, and whether it is draining before a stop: counted by
 * {@link InFlightFilter}, read by the readiness check (a draining node is not ready, so that the
 * balancer stops sending it requests) and, as the platform MBean
 * {@code com.dashify.identity:type=Requests}, by the launcher, which turns SIGTERM into a drain and
 * exits once nothing is in flight.
 */
@ApplicationScoped
public class InFlightRequests implements InFlightRequestsMXBean {

    /** Where the launcher finds it ({@code GracefulStop.REQUESTS}). */
    public static final String OBJECT_NAME = "com.dashify.identity:type=Requests";
    private static final Logger LOG = Logger.getLogger(InFlightRequests.class.getName());

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    /** Created with the application, so that a SIGTERM before the first request finds it registered. */
    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Touching the bean is enough: its @PostConstruct registers it.
        LOG.fine(() -> "Requests in flight: " + getInFlight());
    }

    @PostConstruct
    void register() {
        PlatformMBeans.register(this, OBJECT_NAME, LOG, "SIGTERM will stop this node without draining");
    }

    @PreDestroy
    void unregister() {
        PlatformMBeans.unregister(OBJECT_NAME, LOG);
    }

    /** A request begins. */
    public void started() {
        inFlight.incrementAndGet();
    }

    /** A request ends. */
    public void finished() {
        inFlight.decrementAndGet();
    }

    @Override
    public int getInFlight() {
        return inFlight.get();
    }

    @Override
    public boolean isDraining() {
        return draining.get();
    }

    @Override
    public void drain() {
        if (draining.compareAndSet(false, true)) {
            LOG.info("Draining before a stop: /health/ready answers 503 from now on");
        }
    }
}
