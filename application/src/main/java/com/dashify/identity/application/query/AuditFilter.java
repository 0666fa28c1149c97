package com.dashify.identity.application.query;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit records to read; null fields do not filter, the others must match whole. A record
 * matches a set of ids when its id is one of them, so an empty set matches nothing.
 *
 * @param actorUserIds the acting users
 * @param targetIds    the targets, of any type
 * @param from         inclusive
 * @param to           exclusive
 */
public record AuditFilter(Set<String> actorUserIds, Set<String> targetIds, String action, String outcome,
                          Instant from, Instant to) {

    public AuditFilter {
        actorUserIds = actorUserIds == null ? null : Set.copyOf(actorUserIds);
        targetIds = targetIds == null ? null : Set.copyOf(targetIds);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
