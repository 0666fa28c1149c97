package com.dashify.identity.application.credential.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** A password setup link that is unknown, already used or expired; the same for all three. */
public final class SetupLinkInvalidException extends RefusedException {

    public SetupLinkInvalidException() {
        super(Refusal.NOT_FOUND, "this setup link is invalid, used or expired");
    }
}
