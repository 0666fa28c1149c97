package com.dashify.identity.bootstrap.cluster;

import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

/** State every node of the cluster sees: maps of counters, and jobs one node at a time runs. */
public interface SharedState {

    /**
     * A map every node sees, changed atomically by compare-and-set; an entry may be forgotten once
     * {@code idle} has passed without a change to it.
     */
    ConcurrentMap<String, long[]> counters(String name, Duration idle);

    /**
     * Runs {@code job} unless a job of that name runs already, here or on another node; the
     * claim lapses after {@code lease} should this node die while it runs.
     *
     * @return whether the job ran
     */
    boolean runAlone(String name, Duration lease, Runnable job);

    /** What holds the state, for the start-up log: the grid and its members, or this node alone. */
    String description();
}
