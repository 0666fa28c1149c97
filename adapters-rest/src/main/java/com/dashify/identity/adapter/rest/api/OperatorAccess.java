package com.dashify.identity.adapter.rest.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's credential, from the deployment's configuration ({@code DASHIFY_OPERATOR_TOKEN}).
 * Without one, the operator API does not exist.
 *
 * @param token the configured token, or null when none is configured
 */
public record OperatorAccess(String token) {

    /** Shorter tokens are refused as configuration: they could be guessed. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public OperatorAccess {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the operator token must be at least " + MIN_TOKEN_LENGTH
                    + " characters long");
        }
    }

    public boolean enabled() {
        return token != null;
    }

    /** Compares in constant time: the digests have the same length whatever was presented. */
    public boolean accepts(String presented) {
        return enabled() && presented != null && MessageDigest.isEqual(sha256(token), sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return "OperatorAccess[enabled=" + enabled() + "]";
    }
}
