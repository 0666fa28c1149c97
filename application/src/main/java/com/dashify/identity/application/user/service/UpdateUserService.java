package com.dashify.identity.application.user.service;

import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.User;

/**
 * Brings a user to the state a client asks for (a SCIM PUT or PATCH): locks the user, checks the
 * version the client saw, computes the wanted state from the current one, and hands it to the
 * {@link UserLifecycle}, which turns {@code active: false} into the deactivation.
 */
public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final UserLifecycle lifecycle;

    public UpdateUserService(UserRepository users, UserLifecycle lifecycle) {
        this.users = users;
        this.lifecycle = lifecycle;
    }

    @Override
    public User update(UpdateUserCommand command) {
        User user = CurrentVersion.lock(users, command.actor(), command.userId(), command.expectedVersion());
        UserDraft wanted = command.change().applyTo(UserDraft.of(user));
        return lifecycle.update(command.actor(), user, wanted, command.request());
    }
}
