package com.dashify.identity.bootstrap.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;

/**
 * The one place that names Hazelcast's types outside {@link GridState}, kept apart from
 * {@link ClusterWiring} so that, on a server without Hazelcast, only calling it fails (with a
 * {@link LinkageError} the wiring expects), never loading the wiring.
 */
final class Grids {

    private Grids() {
    }

    /** The object bound as the grid, when it is a running Hazelcast member. */
    static Optional<SharedState> running(Object bound) {
        if (bound instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()) {
            return Optional.of(new GridState(grid));
        }
        return Optional.empty();
    }
}
