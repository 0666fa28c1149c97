package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.domain.user.UserId;

/** No such user in the caller's tenant; a user of another tenant is reported the same way. */
public final class UserNotFoundException extends RefusedException {

    public UserNotFoundException(UserId id) {
        super(Refusal.NOT_FOUND, "user " + id + " not found");
    }
}
