package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.user.User;

/** Creates a user in the actor's tenant, as a directory does on hire. */
public interface ProvisionUserUseCase {

    /**
     * @throws com.dashify.identity.domain.user.UserNameTakenException when the user name is taken in the tenant
     */
    User provision(ProvisionUserCommand command);

    /** The user to create, on whose behalf, and from which request. */
    record ProvisionUserCommand(Actor actor, UserDraft draft, RequestContext request) {

        public ProvisionUserCommand {
            java.util.Objects.requireNonNull(actor, "actor");
            java.util.Objects.requireNonNull(draft, "draft");
            java.util.Objects.requireNonNull(request, "request");
        }
    }
}
