package com.dashify.identity.application.common.port.in;

/**
 * A presented credential authenticates nobody. The message is the same whatever the reason
 * (unknown, revoked, expired, owner inactive) so that a caller learns nothing from it.
 */
public final class AuthenticationFailedException extends RefusedException {

    public AuthenticationFailedException() {
        super(Refusal.UNAUTHENTICATED, "the access token is invalid, revoked or expired");
    }
}
