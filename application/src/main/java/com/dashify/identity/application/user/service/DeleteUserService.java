package com.dashify.identity.application.user.service;

import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.User;

/** Soft-deletes a user through the {@link UserLifecycle}; the deactivation that comes with it closes every way in. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final UserLifecycle lifecycle;

    public DeleteUserService(UserRepository users, UserLifecycle lifecycle) {
        this.users = users;
        this.lifecycle = lifecycle;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        User user = CurrentVersion.lock(users, command.actor(), command.userId(), command.expectedVersion());
        lifecycle.delete(command.actor(), user, command.request());
    }
}
