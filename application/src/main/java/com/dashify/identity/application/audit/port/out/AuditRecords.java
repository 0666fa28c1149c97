package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reads a tenant's audit records, newest first, a page at a time by keyset (flat memory at any size). */
public interface AuditRecords {

    /** Up to {@code limit} records after the position (from the newest when null), newest first. */
    List<StoredAuditRecord> find(TenantId tenantId, AuditFilter filter, AuditPosition after, int limit);

    /**
     * What each token did per day (UTC), from the first day through the last: records of changes
     * that succeeded (not the record of a write that changed nothing) and records of refusals, made
     * through a token; days without either are left out.
     */
    List<TokenDay> byTokenAndDay(TenantId tenantId, LocalDate first, LocalDate last);

    /** The newest refused requests made through a token since an instant, newest first. */
    List<StoredAuditRecord> latestRefusals(TenantId tenantId, String tokenId, Instant since, int limit);

    /** A token's records of a day: those that succeeded, and refusals. */
    record TokenDay(String tokenId, LocalDate day, long succeeded, long refused) {
    }
}
