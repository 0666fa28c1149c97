package com.dashify.identity.application.user.port.in;

/** The client's expected version is no longer current: someone else changed the user first. */
public final class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(long expected, long actual) {
        super("expected version " + expected + " but the user is at version " + actual);
    }
}
