package com.dashify.identity.domain.passkey;

import com.dashify.identity.domain.common.DomainException;

/** The authenticator's credential is registered already (this user's, or someone else's). */
public final class PasskeyAlreadyRegisteredException extends DomainException {

    public PasskeyAlreadyRegisteredException() {
        super("this passkey is registered already");
    }
}
