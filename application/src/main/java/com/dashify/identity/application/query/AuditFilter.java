package com.dashify.identity.application.query;

import java.time.Instant;

/**
 * Which audit records to read; null fields do not filter, the others must match whole.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(String actorUserId, String targetId, String action, String outcome, Instant from,
                          Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
