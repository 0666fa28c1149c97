package com.dashify.identity.adapter.console;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

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
        session.setAttribute(attribute(purpose), challenge);
        return challenge;
    }

    /** Takes the session's challenge for this purpose out, whatever happens next; empty when none is valid. */
    static Optional<PasskeyChallenge> take(HttpSession session, Purpose purpose, Instant now) {
        if (session == null) {
            return Optional.empty();
        }
        Object stored = session.getAttribute(attribute(purpose));
        session.removeAttribute(attribute(purpose));
        return stored instanceof PasskeyChallenge challenge && now.toEpochMilli() < challenge.expiresAtMillis()
                ? Optional.of(challenge) : Optional.empty();
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
