package com.dashify.identity.application.user.port.in;

/** A change an admin may not make, whatever their role: the message says why. */
public final class AdministrationRefusedException extends RuntimeException {

    public AdministrationRefusedException(String message) {
        super(message);
    }
}
