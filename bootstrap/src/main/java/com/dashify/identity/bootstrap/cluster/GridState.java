package com.dashify.identity.bootstrap.cluster;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Shared state in a Hazelcast data grid: Payara Micro's, which every node of the cluster joined.
 * Maps are the grid's {@link IMap}s (whose compare-and-set compares serialized values, atomically on
 * the key's owner); locks are {@link IMap#tryLock} on a map of locks, with a lease, so that a node
 * that dies holding one does not hold it for ever.
 */
final class GridState implements SharedState {

    static final String LOCKS = "dashify-locks";
    private static final Logger LOG = Logger.getLogger(GridState.class.getName());

    private final HazelcastInstance grid;

    GridState(HazelcastInstance grid) {
        this.grid = grid;
    }

    @Override
    public ConcurrentMap<String, long[]> counters(String name, Duration idle) {
        // The same configuration added again is accepted; each node adds it before its first use.
        // BINARY (Hazelcast's default, stated because it matters): replace(key, old, new) then compares
        // serialized values; in OBJECT format it would compare arrays by identity, and never match.
        grid.getConfig().addMapConfig(new MapConfig(name).setInMemoryFormat(InMemoryFormat.BINARY)
                .setTimeToLiveSeconds((int) idle.toSeconds()));
        return grid.getMap(name);
    }

    @Override
    public boolean runAlone(String name, Duration lease, Runnable job) {
        IMap<String, Boolean> locks = grid.getMap(LOCKS);
        boolean claimed;
        try {
            claimed = locks.tryLock(name, 0, TimeUnit.SECONDS, lease.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (!claimed) {
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            try {
                locks.unlock(name);
            } catch (IllegalMonitorStateException lapsed) {
                LOG.warning("The claim on '" + name + "' lapsed after " + lease + " while the job ran; another node"
                        + " may have run it too");
            }
        }
    }

    @Override
    public String description() {
        return "the data grid '" + grid.getConfig().getClusterName() + "', " + grid.getCluster().getMembers().size()
                + " members now";
    }
}
