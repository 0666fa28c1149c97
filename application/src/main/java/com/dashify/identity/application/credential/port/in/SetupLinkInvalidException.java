package com.dashify.identity.application.credential.port.in;

/** A password setup link that is unknown, already used or expired; the same for all three. */
public final class SetupLinkInvalidException extends RuntimeException {

    public SetupLinkInvalidException() {
        super("this setup link is invalid, used or expired");
    }
}
