package com.dashify.identity.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a token secret, in lower-case hex: all that is stored of a token. A plain hash
 * is enough because the secret carries 178 random bits; a slow password hash would only slow
 * every API call.
 */
public record TokenHash(String hex) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX_SHA256.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex");
        }
    }

    public static TokenHash of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
