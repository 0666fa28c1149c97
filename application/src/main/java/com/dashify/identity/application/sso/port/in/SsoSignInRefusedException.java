package com.dashify.identity.application.sso.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** An SSO sign-in that verified at the provider but that Dashify refuses, and why. */
public final class SsoSignInRefusedException extends RefusedException {

    /** Why; each gets its own page, since the provider has already authenticated the person. */
    public enum Reason {
        /** The tenant has no SSO configuration, or another issuer than the one that answered. */
        NOT_CONFIGURED,
        /** No user of the tenant has the user name the provider asserted. */
        UNKNOWN_USER,
        /** The user is deactivated or deleted. */
        INACTIVE_USER
    }

    private final Reason reason;

    public SsoSignInRefusedException(Reason reason) {
        super(Refusal.FORBIDDEN, "SSO sign-in refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
