package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a tenant's audit records, newest first, a page at a time by keyset (flat memory at any size). */
public interface AuditRecords {

    /**
     * What to read; null fields do not filter.
     *
     * @param from inclusive
     * @param to   exclusive
     */
    record Filter(String actorUserId, String targetId, String action, String outcome, Instant from, Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** The position after a record in newest-first order. */
    record Position(Instant occurredAt, String recordId) {

        public Position {
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(recordId, "recordId");
        }

        /** The position as an opaque cursor for a client to hand back. */
        public String token() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((occurredAt + "|" + recordId).getBytes(StandardCharsets.UTF_8));
        }

        /** The position a cursor stands for; empty when the text is not a cursor {@link #token()} gave. */
        public static Optional<Position> fromToken(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                        .split("\\|", 2);
                if (parts.length != 2 || parts[1].isEmpty() || parts[1].length() > 36) {
                    return Optional.empty();
                }
                return Optional.of(new Position(Instant.parse(parts[0]), parts[1]));
            } catch (IllegalArgumentException | DateTimeException notACursor) {
                return Optional.empty();
            }
        }
    }

    /** A stored record, as it is read back. */
    record Stored(String id, Instant occurredAt, String actorType, String actorUserId, String actorTokenId,
                  String actorSessionId, String action, String targetType, String targetId, String requestId,
                  String clientAddress, String userAgent, String outcome, String changes, String payload) {

        public Position position() {
            return new Position(occurredAt, id);
        }
    }

    /** Up to {@code limit} records after the position (from the newest when null), newest first. */
    List<Stored> find(TenantId tenantId, Filter filter, Position after, int limit);
}
