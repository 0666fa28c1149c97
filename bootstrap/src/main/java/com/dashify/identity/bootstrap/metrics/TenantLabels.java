package com.dashify.identity.bootstrap.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code tenant} label of per-tenant series, bounded: the first tenants seen since the process
 * started get a series of their own, up to a limit; every later one is counted under
 * {@link #OTHER}, so that a scrape's size does not grow with the number of tenants.
 */
final class TenantLabels {

    static final String OTHER = "other";

    private final int limit;
    private final Set<String> labelled = ConcurrentHashMap.newKeySet();

    TenantLabels(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        this.limit = limit;
    }

    /** The label for a tenant: its id, or {@link #OTHER} once the limit is reached by others. */
    String of(String tenantId) {
        if (labelled.contains(tenantId)) {
            return tenantId;
        }
        synchronized (labelled) {
            if (labelled.size() < limit) {
                labelled.add(tenantId);
                return tenantId;
            }
        }
        return labelled.contains(tenantId) ? tenantId : OTHER;
    }
}
