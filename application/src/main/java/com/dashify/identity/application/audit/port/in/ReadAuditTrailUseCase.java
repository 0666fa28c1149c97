package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
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
    record ReadAuditQuery(Actor actor, AuditFilter filter, AuditPosition after, int limit) {

        public ReadAuditQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(filter, "filter");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
            }
        }
    }

    /** A page of records and, when there may be more, where the next page starts. */
    record AuditPage(List<StoredAuditRecord> records, Optional<AuditPosition> next) {
    }
}
