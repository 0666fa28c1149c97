package com.dashify.identity.application.dashboard.port.out;

import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.List;

/** Stores dashboards, scoped to one tenant. */
public interface DashboardRepository {

    void add(Dashboard dashboard);

    /** The tenant's dashboards, newest first, at most {@code limit}. */
    List<Dashboard> latest(TenantId tenantId, int limit);
}
