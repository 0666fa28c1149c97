package com.dashify.identity.adapter.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between domain instants and the UTC timestamps the columns hold. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
