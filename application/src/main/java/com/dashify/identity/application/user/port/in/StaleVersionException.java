package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** The client's expected version is no longer current: someone else changed the user first. */
public final class StaleVersionException extends RefusedException {

    public StaleVersionException(long expected, long actual) {
        super(Refusal.STALE, "expected version " + expected + " but the user is at version " + actual);
    }
}
