package com.dashify.identity.application.passkey.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A signed-in user's own passkeys: listing, registering one the adapter has verified, removing.
 * Only the owner sees or changes them.
 */
public interface PasskeysUseCase {

    List<Passkey> list(Actor actor);

    /** @throws com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException when it is registered already */
    Passkey register(RegisterPasskeyCommand command);

    /** Removes one of the caller's passkeys; another user's, or none, is {@link PasskeyNotFoundException}. */
    void remove(Actor actor, PasskeyId id, RequestContext request);

    /**
     * A registration verified by the WebAuthn ceremony.
     *
     * @param credentialId    the authenticator's credential id, base64url
     * @param publicKeyRecord what verifying later sign-ins needs, as the adapter serialised it
     */
    record RegisterPasskeyCommand(Actor actor, String name, String credentialId, byte[] publicKeyRecord,
                                  long signCount, RequestContext request) {

        public RegisterPasskeyCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(publicKeyRecord, "publicKeyRecord");
            Objects.requireNonNull(request, "request");
            publicKeyRecord = publicKeyRecord.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RegisterPasskeyCommand that && actor.equals(that.actor)
                    && Objects.equals(name, that.name) && Objects.equals(credentialId, that.credentialId)
                    && Arrays.equals(publicKeyRecord, that.publicKeyRecord) && signCount == that.signCount
                    && request.equals(that.request);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, name, credentialId, Arrays.hashCode(publicKeyRecord), signCount, request);
        }

        @Override
        public String toString() {
            return "RegisterPasskeyCommand[name=" + name + ", credentialId=" + credentialId + "]";
        }
    }
}
