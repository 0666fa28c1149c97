package com.dashify.identity.application.port.in;

/** The authenticator's credential is registered already (this user's, or someone else's). */
public final class PasskeyAlreadyRegisteredException extends RuntimeException {

    public PasskeyAlreadyRegisteredException() {
        super("this passkey is registered already");
    }
}
