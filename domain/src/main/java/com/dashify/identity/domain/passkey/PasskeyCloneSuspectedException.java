package com.dashify.identity.domain.passkey;

import com.dashify.identity.domain.common.DomainException;

/**
 * An authenticator presented a signature counter that did not move forward: the credential may
 * have been cloned (WebAuthn §6.1.1), so the sign-in is refused.
 */
public final class PasskeyCloneSuspectedException extends DomainException {

    public PasskeyCloneSuspectedException() {
        super("the passkey's signature counter went backwards");
    }
}
