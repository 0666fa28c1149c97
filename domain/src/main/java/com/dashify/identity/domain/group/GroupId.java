package com.dashify.identity.domain.group;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The server-assigned, immutable identifier of a group; never derived from client data. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId newId() {
        return new GroupId(UUID.randomUUID());
    }

    /** Reads an id as clients send it; anything but the canonical form of a UUID names no group. */
    public static Optional<GroupId> parse(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(value);
            return uuid.toString().equalsIgnoreCase(value) ? Optional.of(new GroupId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
