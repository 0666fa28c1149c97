package com.dashify.identity.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * The secret of a personal access token, as handed to its owner once: {@code dfy_pat_}, 30
 * random base62 characters (about 178 bits) and a 6-character base62 CRC32 of them. The
 * prefix lets secret scanners spot a leaked token; the checksum lets them, and this service,
 * tell a real token from a typo without a database lookup.
 */
public final class TokenSecret {

    public static final String PREFIX = "dfy_pat_";
    private static final int RANDOM_LENGTH = 30;
    private static final int CHECKSUM_LENGTH = 6;
    public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    public static TokenSecret generate(SecureRandom random) {
        StringBuilder body = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(BASE62[random.nextInt(BASE62.length)]);
        }
        return new TokenSecret(PREFIX + body + checksum(body.toString()));
    }

    /** Whether a presented text has the shape and checksum of a token this service issued. */
    public static boolean isWellFormed(String presented) {
        if (presented == null || presented.length() != LENGTH || !presented.startsWith(PREFIX)) {
            return false;
        }
        String body = presented.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
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
        return PREFIX + "…";
    }
}
