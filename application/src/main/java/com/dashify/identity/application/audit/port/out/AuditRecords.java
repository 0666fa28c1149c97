package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.List;

/** Reads a tenant's audit records, newest first, a page at a time by keyset (flat memory at any size). */
public interface AuditRecords {

    /** Up to {@code limit} records after the position (from the newest when null), newest first. */
    List<StoredAuditRecord> find(TenantId tenantId, AuditFilter filter, AuditPosition after, int limit);
}
