package com.dashify.identity.adapter.rest.http;

import java.util.Locale;

/** Reads the credential of an {@code Authorization: Bearer} header (RFC 6750 §2.1). */
public final class Bearer {

    private Bearer() {
    }

    /** The token, with the scheme compared without case; null when the header is absent or another scheme. */
    public static String token(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return null;
        }
        String token = value.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
