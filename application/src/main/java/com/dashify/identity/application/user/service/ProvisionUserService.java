package com.dashify.identity.application.user.service;

import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase;
import com.dashify.identity.domain.user.User;

/** Creates a user through the {@link UserLifecycle}, with the role the tenant's role mapping gives its profile. */
public final class ProvisionUserService implements ProvisionUserUseCase {

    private final UserLifecycle lifecycle;

    public ProvisionUserService(UserLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public User provision(ProvisionUserCommand command) {
        return lifecycle.provision(command.actor(), command.draft(), command.request());
    }
}
