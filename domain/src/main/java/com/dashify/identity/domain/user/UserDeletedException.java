package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.DomainException;

/** A deleted user is kept for the record only; no transition applies to it any more. */
public final class UserDeletedException extends DomainException {

    public UserDeletedException(UserId id) {
        super("user " + id + " has been deleted");
    }
}
