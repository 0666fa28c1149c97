package com.dashify.identity.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * A bearer secret as handed to its owner once: a prefix naming its kind ({@code dfy_pat_} for a
 * personal access token, {@code dfy_setup_} for a password setup link), 30 random base62
 * characters (about 178 bits) and a 6-character base62 CRC32 of them. The prefix lets secret
 * scanners spot a leaked secret; the checksum lets them, and this service, tell a real one from
 * a typo without a database lookup.
 */
public final class TokenSecret {

    /** The prefix of personal access tokens. */
    public static final String PREFIX = "dfy_pat_";
    /** The prefix of the one-time secrets in password setup links. */
    public static final String SETUP_PREFIX = "dfy_setup_";
    private static final int RANDOM_LENGTH = 30;
    private static final int CHECKSUM_LENGTH = 6;
    /** The length of a personal access token. */
    public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    /** A new personal access token secret. */
    public static TokenSecret generate(SecureRandom random) {
        return generate(PREFIX, random);
    }

    /** A new secret of the kind the prefix names. */
    public static TokenSecret generate(String prefix, SecureRandom random) {
        StringBuilder body = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(BASE62[random.nextInt(BASE62.length)]);
        }
        return new TokenSecret(prefix + body + checksum(body.toString()));
    }

    /** Whether a presented text has the shape and checksum of a personal access token this service issued. */
    public static boolean isWellFormed(String presented) {
        return isWellFormed(PREFIX, presented);
    }

    /** Whether a presented text has the shape and checksum of a secret of this kind. */
    public static boolean isWellFormed(String prefix, String presented) {
        if (presented == null || presented.length() != prefix.length() + RANDOM_LENGTH + CHECKSUM_LENGTH
                || !presented.startsWith(prefix)) {
            return false;
        }
        String body = presented.substring(prefix.length(), prefix.length() + RANDOM_LENGTH);
        for (int i = 0; i < body.length(); i++) {
            if (indexOf(body.charAt(i)) < 0) {
                return false;
            }
        }
        return presented.endsWith(checksum(body));
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long remaining = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = BASE62[(int) (remaining % BASE62.length)];
            remaining /= BASE62.length;
        }
        return new String(digits);
    }

    private static int indexOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 36;
        }
        return -1;
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    /** The secret itself: to be shown to the owner once and never stored or logged. */
    public String reveal() {
        return value;
    }

    /** Keeps the secret out of logs and debugger views that print objects. */
    @Override
    public String toString() {
        return value.substring(0, value.indexOf('_', 4) + 1) + "…";
    }
}
