package com.dashify.identity.domain.passkey;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a registered passkey within Dashify (not the authenticator's credential id). */
public record PasskeyId(UUID value) {

    public PasskeyId {
        Objects.requireNonNull(value, "value");
    }

    public static PasskeyId newId() {
        return new PasskeyId(UUID.randomUUID());
    }

    public static Optional<PasskeyId> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new PasskeyId(UUID.fromString(value)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
