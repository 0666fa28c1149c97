package com.dashify.identity.adapter.console.passkey;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A WebAuthn challenge, kept in the HTTP session of the browser it was given to and taken out by
 * the first answer: single-use, bound to that browser, and short-lived. A registration challenge is
 * also bound to the user it was issued for.
 *
 * @param userId the signed-in user a registration challenge is for; null for sign-in
 */
record PasskeyChallenge(Purpose purpose, byte[] value, String userId, long expiresAtMillis) implements Serializable {

    enum Purpose { REGISTER, SIGN_IN }

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    PasskeyChallenge {
        value = value.clone();
    }

    /** A fresh challenge, kept in the session in place of any earlier one for the same purpose. */
    static PasskeyChallenge issue(HttpSession session, Purpose purpose, String userId, Instant now) {
        byte[] value = new byte[32];
        RANDOM.nextBytes(value);
        PasskeyChallenge challenge = new PasskeyChallenge(purpose, value, userId, now.plus(LIFETIME).toEpochMilli());
        Slot slot = session.getAttribute(attribute(purpose)) instanceof Slot existing ? existing : new Slot();
        slot.challenge.set(challenge);
        // Set again, so that a session store that replicates on setAttribute sees the change.
        session.setAttribute(attribute(purpose), slot);
        return challenge;
    }

    /**
     * Takes the session's challenge for this purpose out, whatever happens next; empty when none is
     * valid. Taking is atomic: of two answers racing with one challenge, one gets it.
     */
    static Optional<PasskeyChallenge> take(HttpSession session, Purpose purpose, Instant now) {
        if (session == null || !(session.getAttribute(attribute(purpose)) instanceof Slot slot)) {
            return Optional.empty();
        }
        PasskeyChallenge challenge = slot.challenge.getAndSet(null);
        session.setAttribute(attribute(purpose), slot);
        return challenge != null && now.toEpochMilli() < challenge.expiresAtMillis()
                ? Optional.of(challenge) : Optional.empty();
    }

    /** Where a session keeps the challenge of one purpose. */
    static final class Slot implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AtomicReference<PasskeyChallenge> challenge = new AtomicReference<>();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    String base64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String attribute(Purpose purpose) {
        return PasskeyChallenge.class.getName() + "." + purpose;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasskeyChallenge that && purpose == that.purpose
                && Arrays.equals(value, that.value) && Objects.equals(userId, that.userId)
                && expiresAtMillis == that.expiresAtMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(purpose, Arrays.hashCode(value), userId, expiresAtMillis);
    }

    @Override
    public String toString() {
        return "PasskeyChallenge[" + purpose + "]";
    }
}
