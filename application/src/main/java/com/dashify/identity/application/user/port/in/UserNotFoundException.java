package com.dashify.identity.application.user.port.in;

import com.dashify.identity.domain.user.UserId;

/** No such user in the caller's tenant; a user of another tenant is reported the same way. */
public final class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UserId id) {
        super("user " + id + " not found");
    }
}
