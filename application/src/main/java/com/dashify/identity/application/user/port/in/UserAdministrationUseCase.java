package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/**
 * An Org Admin's view of the organisation's users in the console: finding them, and deactivating or
 * reactivating one. Deactivation here closes every door exactly as a directory's does (sessions,
 * tokens, passkeys, in one transaction). An admin cannot deactivate themselves, so an organisation
 * always keeps an active Org Admin through the console; the directory, as the source of truth, is
 * not held to that (see the README).
 */
public interface UserAdministrationUseCase {

    /**
     * Users whose {@code userName} contains the text (all when it is blank), ordered by it.
     *
     * @throws AccessDeniedException when the actor may not manage the organisation
     */
    Page<User> find(FindUsersQuery query);

    /**
     * @throws UserNotFoundException           when the tenant has no such (undeleted) user
     * @throws AdministrationRefusedException  when the admin would deactivate themselves
     * @throws AccessDeniedException           when the actor may not manage the organisation
     */
    User deactivate(UserStatusCommand command);

    /** Reactivates the user; nothing that a deactivation closed opens again. */
    User reactivate(UserStatusCommand command);

    record FindUsersQuery(Actor actor, String userNameContains, long offset, int limit) {

        public FindUsersQuery {
            Objects.requireNonNull(actor, "actor");
        }
    }

    record UserStatusCommand(Actor actor, UserId userId, RequestContext request) {

        public UserStatusCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(request, "request");
        }
    }
}
