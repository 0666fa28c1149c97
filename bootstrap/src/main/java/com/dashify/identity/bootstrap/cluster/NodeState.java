package com.dashify.identity.bootstrap.cluster;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Shared state of a node that runs alone: maps and locks of this process. */
final class NodeState implements SharedState {

    private final ConcurrentMap<String, ConcurrentMap<String, long[]>> maps = new ConcurrentHashMap<>();
    /** The jobs running now, by name. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Override
    public ConcurrentMap<String, long[]> counters(String name, Duration idle) {
        return maps.computeIfAbsent(name, any -> new RecentTimes(idle));
    }

    /**
     * A map of times (epoch milliseconds) that, once it holds many keys, forgets those whose latest
     * time is older than {@code idle} before it takes a new one; a grid map expires them itself.
     * Without it, guesses at ever new user names would grow a node's map for ever.
     */
    static final class RecentTimes extends ConcurrentHashMap<String, long[]> {
        private static final long serialVersionUID = 1L;
        static final int MANY_KEYS = 100_000;
        private final Duration idle;

        RecentTimes(Duration idle) {
            this.idle = idle;
        }

        @Override
        public long[] putIfAbsent(String key, long[] value) {
            if (size() > MANY_KEYS) {
                long start = System.currentTimeMillis() - idle.toMillis();
                forEach((each, times) -> {
                    if (times.length == 0 || times[times.length - 1] <= start) {
                        remove(each, times);
                    }
                });
            }
            return super.putIfAbsent(key, value);
        }
    }

    @Override
    public boolean runAlone(String name, Duration lease, Runnable job) {
        if (!running.add(name)) {
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            running.remove(name);
        }
    }

    @Override
    public String description() {
        return "this node alone (no data grid)";
    }
}
