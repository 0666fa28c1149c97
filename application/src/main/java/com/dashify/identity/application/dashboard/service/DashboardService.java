package com.dashify.identity.application.dashboard.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase;
import com.dashify.identity.application.dashboard.port.out.DashboardRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads and creates dashboards under the caller's current role. */
public final class DashboardService implements DashboardsUseCase {

    static final int LIST_LIMIT = 100;

    private final DashboardRepository dashboards;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final Clock clock;

    public DashboardService(DashboardRepository dashboards, UserRepository users, AuditTrail auditTrail, Clock clock) {
        this.dashboards = dashboards;
        this.authorization = new Authorization(users);
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public List<Dashboard> list(Actor actor) {
        authorization.require(actor, Permission.VIEW_DASHBOARDS);
        return dashboards.latest(actor.tenantId(), LIST_LIMIT);
    }

    @Override
    public Dashboard create(CreateDashboardCommand command) {
        authorization.require(command.actor(), Permission.EDIT_DASHBOARDS);
        Instant now = clock.instant();
        Dashboard dashboard = Dashboard.create(command.actor().tenantId(), command.name(), command.actor().userId(),
                now);
        dashboards.add(dashboard);
        audit.byUser(command.actor(), "dashboard.create", "dashboard", dashboard.id().toString(), List.of(),
                command.request(), now);
        return dashboard;
    }
}
