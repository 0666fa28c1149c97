package com.dashify.identity.application.service;

import com.dashify.identity.application.port.in.AccessDeniedException;
import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.AuthenticationFailedException;
import com.dashify.identity.application.port.out.UserRepository;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.User;

/** Reads the acting user as they are now and checks their current role; nothing is taken from a cache. */
final class Authorization {

    private final UserRepository users;

    Authorization(UserRepository users) {
        this.users = users;
    }

    /** The actor's user, if still active. */
    User activeUser(Actor actor) {
        return users.findById(actor.tenantId(), actor.userId())
                .filter(user -> user.isActive() && !user.isDeleted())
                .orElseThrow(AuthenticationFailedException::new);
    }

    /** The actor's user, if still active and their current role grants the permission. */
    User require(Actor actor, Permission permission) {
        User user = activeUser(actor);
        if (!user.role().allows(permission)) {
            throw new AccessDeniedException("this needs the '" + permission.wireName() + "' permission, which the "
                    + user.role().displayName() + " role does not have");
        }
        return user;
    }
}
