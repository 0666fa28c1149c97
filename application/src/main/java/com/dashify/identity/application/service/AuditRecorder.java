package com.dashify.identity.application.service;

import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.RequestContext;
import com.dashify.identity.application.port.out.AuditEntry;
import com.dashify.identity.application.port.out.AuditTrail;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Instant;
import java.util.List;

/** Writes the audit records of the use cases, filling in actor and request the same way for all. */
final class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records what an authenticated user did through a token. */
    void byUser(Actor actor, String action, String targetType, String targetId, List<String> changes,
                RequestContext request, Instant now) {
        trail.record(new AuditEntry(actor.tenantId(), now, "user", actor.userId(), actor.tokenId(), action,
                targetType, targetId, request.requestId(), request.clientAddress(), AuditEntry.SUCCESS, changes,
                request.payload()));
    }

    /** Records what the operator did with the operator credential. */
    void byOperator(TenantId tenantId, String action, String targetType, String targetId, List<String> changes,
                    RequestContext request, Instant now) {
        trail.record(new AuditEntry(tenantId, now, "operator", null, null, action, targetType, targetId,
                request.requestId(), request.clientAddress(), AuditEntry.SUCCESS, changes, request.payload()));
    }

    /** The audit names of a user's events, in order; a role change says from which role to which. */
    static List<String> changesOf(List<UserEvent> events) {
        return events.stream().map(event -> event instanceof UserEvent.RoleChanged changed
                ? changed.name() + ":" + changed.from().displayName() + "->" + changed.to().displayName()
                : event.name()).toList();
    }
}
