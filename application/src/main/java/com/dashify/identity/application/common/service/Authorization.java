package com.dashify.identity.application.common.service;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.User;

/** Reads the acting user as they are now and checks their current role; nothing is taken from a cache. */
public final class Authorization {

    private final UserRepository users;

    public Authorization(UserRepository users) {
        this.users = users;
    }

    /**
     * The actor's standing, if they may still act: what most checks need, read in one query
     * rather than the whole user with its multi-valued attributes.
     */
    public UserRepository.Standing active(Actor actor) {
        return users.standingOf(actor.tenantId(), actor.userId())
                .filter(UserRepository.Standing::mayAct)
                .orElseThrow(AuthenticationFailedException::new);
    }

    /** The actor's whole user, if still active, for the use cases that show more than the standing. */
    public User activeUser(Actor actor) {
        return users.findById(actor.tenantId(), actor.userId())
                .filter(user -> user.isActive() && !user.isDeleted())
                .orElseThrow(AuthenticationFailedException::new);
    }

    /** The actor's standing, if still active and their current role grants the permission. */
    public UserRepository.Standing require(Actor actor, Permission permission) {
        UserRepository.Standing standing = active(actor);
        if (!standing.role().allows(permission)) {
            throw new AccessDeniedException("this needs the '" + permission.wireName() + "' permission, which the "
                    + standing.role().displayName() + " role does not have");
        }
        return standing;
    }
}
