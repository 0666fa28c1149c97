package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/**
 * Soft-deletes a user: the user is deactivated (every way in closes) and disappears from the
 * provisioning API, while its data and audit trail stay.
 */
public interface DeleteUserUseCase {

    /**
     * @throws UserNotFoundException  when the user does not exist in the actor's tenant or is already deleted
     * @throws StaleVersionException when {@code expectedVersion} is given and the user has moved on
     */
    void delete(DeleteUserCommand command);

    /** Which user, on whose behalf, from which request, and optionally at which version. */
    record DeleteUserCommand(Actor actor, UserId userId, Long expectedVersion, RequestContext request) {

        public DeleteUserCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(request, "request");
        }
    }
}
