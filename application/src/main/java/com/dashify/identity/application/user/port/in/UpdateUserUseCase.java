package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/**
 * Changes a user to the state a client asks for, in one transaction: profile, role through the
 * tenant's role mapping, and activation. A change that deactivates the user closes every way in.
 */
public interface UpdateUserUseCase {

    /**
     * @throws UserNotFoundException  when the user does not exist in the actor's tenant or is deleted
     * @throws StaleVersionException when {@code expectedVersion} is given and the user has moved on
     * @throws com.dashify.identity.domain.user.UserNameTakenException when the new user name is taken
     */
    User update(UpdateUserCommand command);

    /**
     * @param expectedVersion the version the client last saw (an If-Match), or null to change whatever is current
     */
    record UpdateUserCommand(Actor actor, UserId userId, Long expectedVersion, UserChange change,
                             RequestContext request) {

        public UpdateUserCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(request, "request");
        }
    }
}
