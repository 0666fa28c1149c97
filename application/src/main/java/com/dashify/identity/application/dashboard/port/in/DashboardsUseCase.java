package com.dashify.identity.application.dashboard.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.dashboard.Dashboard;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's dashboards: anyone may read them, an Editor or above may create one. The
 * caller's role is read on every call.
 */
public interface DashboardsUseCase {

    /** @throws AccessDeniedException if the caller's current role cannot read dashboards */
    List<Dashboard> list(Actor actor);

    /** @throws AccessDeniedException if the caller's current role cannot create dashboards */
    Dashboard create(CreateDashboardCommand command);

    record CreateDashboardCommand(Actor actor, String name, RequestContext request) {

        public CreateDashboardCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }
    }
}
