package com.dashify.identity.application.query;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/** Where a page of the audit trail ended, in newest-first order: the next page starts after it. */
public record AuditPosition(Instant occurredAt, String recordId) {

    public AuditPosition {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordId, "recordId");
    }

    /** The position as an opaque cursor for a client to hand back. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((occurredAt + "|" + recordId).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; empty when the text is not a cursor {@link #token()} gave. */
    public static Optional<AuditPosition> fromToken(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split("\\|", 2);
            if (parts.length != 2 || parts[1].isEmpty() || parts[1].length() > 36) {
                return Optional.empty();
            }
            return Optional.of(new AuditPosition(Instant.parse(parts[0]), parts[1]));
        } catch (IllegalArgumentException | DateTimeException notACursor) {
            return Optional.empty();
        }
    }
}
