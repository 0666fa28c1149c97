package com.dashify.identity.adapter.console.sso;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * An SSO sign-in between the redirect to the provider and the provider's answer, kept in the
 * browser's HTTP session (strings only, so it replicates across a cluster): the tenant it is for,
 * and the state, nonce and PKCE verifier that the answer must match. Used once.
 */
record PendingSignIn(String tenantId, String issuer, String state, String nonce, String codeVerifier,
                     long startedAtEpochMilli) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    /** Long enough to sign in at the provider, with a second factor; short enough not to linger. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    boolean isExpiredAt(Instant now) {
        return Instant.ofEpochMilli(startedAtEpochMilli).plus(LIFETIME).isBefore(now);
    }
}
