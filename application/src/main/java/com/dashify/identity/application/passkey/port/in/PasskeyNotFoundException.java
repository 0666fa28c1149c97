package com.dashify.identity.application.passkey.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** No such passkey of the caller. */
public final class PasskeyNotFoundException extends RefusedException {

    public PasskeyNotFoundException() {
        super(Refusal.NOT_FOUND, "no such passkey");
    }
}
