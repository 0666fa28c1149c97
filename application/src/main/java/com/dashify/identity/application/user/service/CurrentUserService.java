package com.dashify.identity.application.user.service;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.user.port.in.CurrentUserUseCase;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.user.User;

/** Describes the caller as they are at this moment. */
public final class CurrentUserService implements CurrentUserUseCase {

    private final TenantRepository tenants;
    private final Authorization authorization;

    public CurrentUserService(TenantRepository tenants, UserRepository users) {
        this.tenants = tenants;
        this.authorization = new Authorization(users);
    }

    @Override
    public CurrentUser describe(Actor actor) {
        User user = authorization.activeUser(actor);
        Tenant tenant = tenants.findById(actor.tenantId()).orElseThrow(AuthenticationFailedException::new);
        return new CurrentUser(tenant.id(), tenant.name().value(), user.id(), user.userName().value(),
                user.profile().displayName(), user.role(), user.role().permissions());
    }
}
