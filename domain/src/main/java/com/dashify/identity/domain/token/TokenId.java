package com.dashify.identity.domain.token;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a personal access token without revealing anything of its secret. */
public record TokenId(UUID value) {

    public TokenId {
        Objects.requireNonNull(value, "value");
    }

    public static TokenId newId() {
        return new TokenId(UUID.randomUUID());
    }

    public static Optional<TokenId> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new TokenId(UUID.fromString(value)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
