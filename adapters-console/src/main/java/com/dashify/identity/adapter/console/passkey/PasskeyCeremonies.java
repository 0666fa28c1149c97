package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.security.ConsoleGuardFilter;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.exception.WebAuthnException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The two WebAuthn ceremonies, verified by webauthn4j: the options a browser passes to
 * {@code navigator.credentials.create()} or {@code get()}, and the verification of what the
 * authenticator answered (challenge, origin, relying-party id, user presence and verification,
 * signature). Passkeys are discoverable credentials with user verification required, so a passkey
 * alone is a complete sign-in.
 *
 * <p>What a later sign-in needs is kept as webauthn4j's serialisation of the attested credential
 * data (the credential id and public key); the application stores it without looking inside.
 */
@ApplicationScoped
public class PasskeyCeremonies {

    /** ES256, Ed25519, RS256: what platform and roaming authenticators offer, strongest first. */
    private static final List<COSEAlgorithmIdentifier> ALGORITHMS = List.of(COSEAlgorithmIdentifier.ES256,
            COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);
    private static final long TIMEOUT_MILLIS = PasskeyChallenge.LIFETIME.toMillis();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter records = new AttestedCredentialDataConverter(converter);
    private final List<PublicKeyCredentialParameters> parameters = ALGORITHMS.stream()
            .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg)).toList();

    @Inject
    RelyingParty relyingParty;

    /** A passkey the browser registered, verified. */
    record VerifiedRegistration(String credentialId, byte[] publicKeyRecord, long signCount) {
    }

    /** A sign-in the browser answered, read but not yet verified. */
    record PresentedAssertion(String credentialId, UUID userHandle, AuthenticationData data) {
    }

    /** The ceremony failed; the message is for the user. */
    static final class CeremonyFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean unreadable;

        CeremonyFailedException(String message) {
            this(message, false);
        }

        private CeremonyFailedException(String message, boolean unreadable) {
            super(message);
            this.unreadable = unreadable;
        }

        /** What the browser sent is not a WebAuthn answer at all. */
        static CeremonyFailedException unreadable() {
            return new CeremonyFailedException(UNREADABLE, true);
        }

        /** Whether the answer could not even be read, rather than read and refused. */
        boolean isUnreadable() {
            return unreadable;
        }
    }

    static final String UNREADABLE = "The browser's answer could not be read.";

    /**
     * Whether a passkey can be used where this browser is (an origin of the relying party); if not,
     * answers with a message that says where it can.
     */
    boolean usableAt(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = ConsoleGuardFilter.originOf(request);
        if (relyingParty.allows(origin)) {
            return true;
        }
        JsonExchange.error(response, HttpServletResponse.SC_CONFLICT, "Passkeys are set up for "
                + String.join(" and ", relyingParty.origins()) + ", not " + origin
                + ". Open Dashify at that address to use passkeys.");
        return false;
    }

    /** Options for {@code navigator.credentials.create()}, as WebAuthn's JSON form. */
    JsonObject creationOptions(PasskeyChallenge challenge, UUID userId, String userName,
                               Collection<String> existingCredentialIds) {
        JsonArrayBuilder algorithms = JSON.createArrayBuilder();
        ALGORITHMS.forEach(alg -> algorithms.add(JSON.createObjectBuilder()
                .add("type", "public-key").add("alg", alg.getValue())));
        JsonArrayBuilder exclude = JSON.createArrayBuilder();
        existingCredentialIds.forEach(id -> exclude.add(JSON.createObjectBuilder()
                .add("type", "public-key").add("id", id)));
        return JSON.createObjectBuilder()
                .add("rp", JSON.createObjectBuilder().add("id", relyingParty.id()).add("name", relyingParty.name()))
                .add("user", JSON.createObjectBuilder().add("id", BASE64URL.encodeToString(bytesOf(userId)))
                        .add("name", userName).add("displayName", userName))
                .add("challenge", challenge.base64Url())
                .add("pubKeyCredParams", algorithms)
                .add("timeout", TIMEOUT_MILLIS)
                .add("excludeCredentials", exclude)
                .add("authenticatorSelection", JSON.createObjectBuilder().add("residentKey", "required")
                        .add("requireResidentKey", true).add("userVerification", "required"))
                .add("attestation", "none")
                .build();
    }

    /** Options for {@code navigator.credentials.get()}: any of this relying party's passkeys. */
    JsonObject requestOptions(PasskeyChallenge challenge) {
        return JSON.createObjectBuilder()
                .add("challenge", challenge.base64Url())
                .add("rpId", relyingParty.id())
                .add("timeout", TIMEOUT_MILLIS)
                .add("userVerification", "required")
                .add("allowCredentials", JSON.createArrayBuilder())
                .build();
    }

    /** Verifies {@code credential.toJSON()} of a registration against its challenge. */
    VerifiedRegistration verifyRegistration(String responseJson, PasskeyChallenge challenge)
            throws CeremonyFailedException {
        try {
            RegistrationData data = manager.verifyRegistrationResponseJSON(responseJson,
                    new RegistrationParameters(serverProperty(challenge), parameters, true, true));
            AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData()
                    .getAttestedCredentialData();
            return new VerifiedRegistration(BASE64URL.encodeToString(credential.getCredentialId()),
                    records.convert(credential), data.getAttestationObject().getAuthenticatorData().getSignCount());
        } catch (WebAuthnException failed) {
            throw new CeremonyFailedException("The passkey could not be verified: " + reason(failed));
        } catch (RuntimeException malformed) {
            throw CeremonyFailedException.unreadable();
        }
    }

    /** Reads {@code credential.toJSON()} of a sign-in: which passkey it claims to be. */
    PresentedAssertion readAssertion(String responseJson) throws CeremonyFailedException {
        try {
            AuthenticationData data = manager.parseAuthenticationResponseJSON(responseJson);
            // A discoverable credential names its user (WebAuthn, verifying an assertion, step 6).
            byte[] handle = data.getUserHandle();
            if (handle == null || handle.length != 16) {
                throw new CeremonyFailedException("This passkey is not one of Dashify's.");
            }
            ByteBuffer buffer = ByteBuffer.wrap(handle);
            return new PresentedAssertion(BASE64URL.encodeToString(data.getCredentialId()),
                    new UUID(buffer.getLong(), buffer.getLong()), data);
        } catch (RuntimeException malformed) {
            // webauthn4j reads a JSON without the members it expects into nulls it then trips over
            // (a NullPointerException for "{}"), besides its own exceptions: each means unreadable.
            throw CeremonyFailedException.unreadable();
        }
    }

    /**
     * Verifies a sign-in with the stored record of the passkey it claims to be.
     *
     * @return the signature counter the authenticator reported
     */
    long verifyAssertion(PresentedAssertion assertion, byte[] publicKeyRecord, PasskeyChallenge challenge)
            throws CeremonyFailedException {
        try {
            AttestedCredentialData credential = records.convert(publicKeyRecord);
            // The counter is checked by the domain, which has the stored one; none here.
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
                    0, credential, null, null, null, null);
            AuthenticationData verified = manager.verify(assertion.data(), new AuthenticationParameters(
                    serverProperty(challenge), record, List.of(credential.getCredentialId()), true, true));
            return verified.getAuthenticatorData().getSignCount();
        } catch (RuntimeException failed) {
            // Its own exceptions, and the nulls of an answer that lacks parts (see readAssertion).
            throw new CeremonyFailedException("The passkey could not be verified.");
        }
    }

    private ServerProperty serverProperty(PasskeyChallenge challenge) {
        Set<Origin> origins = relyingParty.origins().stream().map(Origin::new).collect(Collectors.toSet());
        return ServerProperty.builder().origins(origins).rpId(relyingParty.id())
                .challenge(new DefaultChallenge(challenge.value())).build();
    }

    private static String reason(Exception failed) {
        String name = failed.getClass().getSimpleName().replaceAll("Exception$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + ".";
    }

    static byte[] bytesOf(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
