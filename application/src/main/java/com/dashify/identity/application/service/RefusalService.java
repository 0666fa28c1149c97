package com.dashify.identity.application.service;

import com.dashify.identity.application.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.port.out.AuditEntry;
import com.dashify.identity.application.port.out.AuditTrail;
import java.time.Clock;
import java.util.List;

/** Puts the refused requests of authenticated users in their tenant's audit trail. */
public final class RefusalService implements RecordRefusalUseCase {

    private final AuditRecorder audit;
    private final Clock clock;

    public RefusalService(AuditTrail auditTrail, Clock clock) {
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public void refused(RefusedRequest refused) {
        audit.refused(refused.actor(), refused.action(), refused.targetType(), refused.targetId(),
                AuditEntry.refusal(refused.status(), refused.scimType()), List.of(), refused.request(),
                clock.instant());
    }
}
