package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** A change an admin may not make, whatever their role: the message says why. */
public final class AdministrationRefusedException extends RefusedException {

    public AdministrationRefusedException(String message) {
        super(Refusal.FORBIDDEN, message);
    }
}
