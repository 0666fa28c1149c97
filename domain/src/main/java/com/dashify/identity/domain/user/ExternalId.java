package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.Values;

/**
 * The identifier the client (the IdP) gives a user. Opaque to Dashify, compared exactly
 * (RFC 7643 §3.1: {@code caseExact} true), and never used as an internal key.
 */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 256;

    public ExternalId {
        value = Values.requiredText("externalId", value, MAX_LENGTH);
    }

    /** An external id, or {@code null} when the text is absent or blank. */
    public static ExternalId ofNullable(String value) {
        return value == null || value.isBlank() ? null : new ExternalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
