package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.service.AuditRecorder;
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
                Outcome.refused(refused.refusal(), refused.answer()),
                refused.detail() == null || refused.detail().isBlank() ? List.of() : List.of(refused.detail()),
                refused.request(),
                clock.instant());
    }
}
