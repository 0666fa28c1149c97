package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.DomainException;

/** Another user of the tenant already has this user name, compared without regard to case. */
public final class UserNameTakenException extends DomainException {

    public UserNameTakenException(UserName userName) {
        super("userName '" + userName.value() + "' is already taken in this tenant");
    }
}
