package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.NamedAuditRecord;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reading a tenant's audit trail: newest first, filtered, a page at a time. */
public interface ReadAuditTrailUseCase {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 500;

    /**
     * @throws AccessDeniedException when the actor may not manage the organisation
     */
    AuditPage read(ReadAuditQuery query);

    /** @param after where the previous page ended; null for the newest */
    record ReadAuditQuery(Actor actor, Criteria criteria, AuditPosition after, int limit) {

        public ReadAuditQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(criteria, "criteria");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
            }
        }
    }

    /**
     * Which records to read, in the reader's words; null fields do not filter, the others must match.
     *
     * @param actor  the acting user: a user id, or a user name (compared without case), which stands for
     *               every user of the organisation, deleted ones included, who has or had that name
     * @param target the target: any id, or a user name as for {@code actor}
     * @param from   inclusive
     * @param to     exclusive
     */
    record Criteria(String actor, String target, String action, String outcome, Instant from, Instant to) {

        public static Criteria none() {
            return new Criteria(null, null, null, null, null, null);
        }
    }

    /**
     * A page of records, each with the names of its actor and target as they are now, and, when there
     * may be more, where the next page starts.
     */
    record AuditPage(List<NamedAuditRecord> records, Optional<AuditPosition> next) {
    }
}
