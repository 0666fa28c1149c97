package com.dashify.identity.domain.user;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The server-assigned, immutable identifier of a user; never derived from client data. */
public record UserId(UUID value) {

    /**
     * Ids in the order of their text, which is how the stores order (and lock) users; not
     * {@link UUID#compareTo}, which compares signed numbers and puts {@code 8…} to {@code f…} first.
     */
    public static final Comparator<UserId> BY_TEXT = Comparator.comparing(UserId::toString);

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    /**
     * Reads an id as clients send it. Anything that is not the canonical form of a UUID, such as
     * {@code ../x} or {@code ' OR 1=1}, names no user, hence the empty result rather than an error.
     */
    public static Optional<UserId> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(value);
            return uuid.toString().equalsIgnoreCase(value) ? Optional.of(new UserId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
