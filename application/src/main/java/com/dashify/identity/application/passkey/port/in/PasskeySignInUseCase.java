package com.dashify.identity.application.passkey.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing in with a passkey. The adapter asks for the stored public-key record of the credential
 * the browser presented, verifies the assertion with it, and then signs in with the counter the
 * authenticator reported; both steps refuse a disabled passkey or an inactive owner.
 */
public interface PasskeySignInUseCase {

    /** The record to verify an assertion with, if the passkey may sign in at all right now. */
    Optional<byte[]> publicKeyRecord(String credentialId);

    /**
     * Records a verified sign-in. Refused, with nothing signed in, when the passkey is unknown or
     * disabled, its owner inactive, or the user handle the authenticator presented is not its owner.
     * A signature counter that went back means the authenticator was probably cloned: the passkey
     * is then disabled (and audited) for good, and the sign-in refused.
     *
     * @return who signed in; empty when refused
     */
    Optional<SignedInWithPasskey> signIn(PasskeySignInCommand command);

    /**
     * @param presentedUser the user the authenticator's user handle names (a discoverable
     *                      credential always presents one)
     */
    record PasskeySignInCommand(String credentialId, long signCount, UserId presentedUser, RequestContext request) {

        public PasskeySignInCommand {
            Objects.requireNonNull(credentialId, "credentialId");
            Objects.requireNonNull(presentedUser, "presentedUser");
            Objects.requireNonNull(request, "request");
        }
    }

    record SignedInWithPasskey(TenantId tenantId, UserId userId) {
    }
}
