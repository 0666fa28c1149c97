package com.dashify.identity.application.dashboard.port.out;

import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Dashboards in memory, for application tests. */
public final class InMemoryDashboardRepository implements DashboardRepository {

    private final List<Dashboard> dashboards = new ArrayList<>();

    @Override
    public synchronized void add(Dashboard dashboard) {
        dashboards.add(dashboard);
    }

    @Override
    public synchronized List<Dashboard> latest(TenantId tenantId, int limit) {
        return dashboards.stream()
                .filter(dashboard -> dashboard.tenantId().equals(tenantId))
                .sorted(Comparator.comparing(Dashboard::createdAt).reversed()
                        .thenComparing(dashboard -> dashboard.id().toString()))
                .limit(limit)
                .toList();
    }
}
