package com.dashify.identity.application.passkey.port.in;

/** No such passkey of the caller. */
public final class PasskeyNotFoundException extends RuntimeException {

    public PasskeyNotFoundException() {
        super("no such passkey");
    }
}
