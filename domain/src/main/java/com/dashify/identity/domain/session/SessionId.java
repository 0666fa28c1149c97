package com.dashify.identity.domain.session;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a signed-in session; random, and unrelated to the container's session cookie. */
public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }

    public static Optional<SessionId> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new SessionId(UUID.fromString(value)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
