package com.dashify.identity.application.user.service;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.user.port.in.StaleVersionException;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;

/** What a client's write to a user starts with: the user, locked, and at the version the client last saw. */
final class CurrentVersion {

    private CurrentVersion() {
    }

    /**
     * The undeleted user of the actor's tenant, locked until the transaction ends.
     *
     * @param expectedVersion the version the client last saw (an If-Match), or null for whatever is current
     * @throws UserNotFoundException  when the tenant has no such user, or it is deleted
     * @throws StaleVersionException when the user has moved on from the expected version
     */
    static User lock(UserRepository users, Actor actor, UserId userId, Long expectedVersion) {
        User user = users.findForUpdate(actor.tenantId(), userId)
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> new UserNotFoundException(userId));
        if (expectedVersion != null && expectedVersion != user.version()) {
            throw new StaleVersionException(expectedVersion, user.version());
        }
        return user;
    }
}
