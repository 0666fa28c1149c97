package com.dashify.identity.bootstrap;

/** The management interface of {@link InFlightRequests}, as the launcher reads it. */
public interface InFlightRequestsMXBean {

    /** How many requests this node is serving now. */
    int getInFlight();

    /** Whether the node is draining before a stop. */
    boolean isDraining();

    /** Turns the node not-ready for good: it is about to stop. */
    void drain();
}
