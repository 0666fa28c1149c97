package com.dashify.identity.application.port.in;

/** No such passkey of the caller. */
public final class PasskeyNotFoundException extends RuntimeException {

    public PasskeyNotFoundException() {
        super("no such passkey");
    }
}
