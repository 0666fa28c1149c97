package com.dashify.identity.bootstrap.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Who may scrape {@code /metrics}: a caller presenting one of the configured bearer tokens. With
 * none configured the endpoint is closed, as the operator API is without its token: the metrics
 * name tenants and show their activity.
 */
public final class MetricsAccess {

    /** As for the operator token: a shorter one can be guessed. */
    public static final int MIN_LENGTH = 16;
    private static final String BEARER = "Bearer ";

    /** Not a record: its text would show the tokens. */
    private final List<String> tokens;

    /** Keeps the tokens long enough to be safe; with none left the endpoint is closed. */
    public MetricsAccess(List<String> tokens) {
        this.tokens = tokens.stream().filter(Objects::nonNull).filter(token -> token.length() >= MIN_LENGTH)
                .toList();
    }

    /** Whether this token is one the endpoint admits. */
    public boolean accepts(String token) {
        return tokens.contains(token);
    }

    public boolean open() {
        return !tokens.isEmpty();
    }

    /** Whether an {@code Authorization} header carries one of the tokens (compared in constant time). */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        boolean admitted = false;
        for (String token : tokens) {
            admitted |= MessageDigest.isEqual(presented, token.getBytes(StandardCharsets.UTF_8));
        }
        return admitted;
    }
}
