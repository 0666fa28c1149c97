package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.Permission;
import java.util.List;
import java.util.Optional;

/** Reads the acting admin's tenant's audit trail, and nothing of any other tenant's. */
public final class AuditReadingService implements ReadAuditTrailUseCase {

    private final AuditRecords records;
    private final Authorization authorization;

    public AuditReadingService(AuditRecords records, UserRepository users) {
        this.records = records;
        this.authorization = new Authorization(users);
    }

    @Override
    public AuditPage read(ReadAuditQuery query) {
        authorization.require(query.actor(), Permission.MANAGE_ORGANISATION);
        // One more than asked tells whether there is a next page without counting.
        List<StoredAuditRecord> found = records.find(query.actor().tenantId(), query.filter(), query.after(),
                query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new AuditPage(found, Optional.empty());
        }
        List<StoredAuditRecord> page = found.subList(0, query.limit());
        return new AuditPage(List.copyOf(page), Optional.of(page.get(page.size() - 1).position()));
    }
}
