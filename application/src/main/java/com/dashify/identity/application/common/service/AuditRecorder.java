package com.dashify.identity.application.common.service;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/** Writes the audit records of the use cases, filling in actor and request the same way for all. */
public final class AuditRecorder {

    static final String USER = "user";
    static final String OPERATOR = "operator";
    static final String ANONYMOUS = "anonymous";
    static final String SYSTEM = "system";

    private static final System.Logger LOG = System.getLogger(AuditRecorder.class.getName());

    private final AuditTrail trail;

    public AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records what an authenticated user did, through a token or a browser session. */
    public void byUser(Actor actor, String action, String targetType, String targetId, List<String> changes,
                       RequestContext request, Instant now) {
        trail.record(entry(actor.tenantId(), USER, actor, action, targetType, targetId, Outcome.SUCCESS, changes,
                request, now));
    }

    /** Records what the operator did with the operator credential. */
    public void byOperator(TenantId tenantId, String action, String targetType, String targetId, List<String> changes,
                           RequestContext request, Instant now) {
        trail.record(entry(tenantId, OPERATOR, null, action, targetType, targetId, Outcome.SUCCESS, changes,
                request, now));
    }

    /** Records what the service did on its own schedule, such as pruning by retention. */
    public void bySystem(TenantId tenantId, String action, String targetType, String targetId, List<String> changes,
                         RequestContext request, Instant now) {
        trail.record(entry(tenantId, SYSTEM, null, action, targetType, targetId, Outcome.SUCCESS, changes,
                request, now));
    }

    /**
     * Records, in a transaction of its own, an attempt refused to a known user of the tenant.
     *
     * @param reasons why it was refused, in words a security team can search for
     */
    public void refused(Actor actor, String action, String targetType, String targetId, Outcome outcome,
                        List<String> reasons, RequestContext request, Instant now) {
        recordRefusal(entry(actor.tenantId(), USER, actor, action, targetType, targetId, outcome, reasons,
                request, now));
    }

    /** Records, in a transaction of its own, an attempt on the tenant refused to someone unidentified. */
    public void refusedAnonymous(TenantId tenantId, String action, String targetType, String targetId, Outcome outcome,
                                 List<String> reasons, RequestContext request, Instant now) {
        recordRefusal(entry(tenantId, ANONYMOUS, null, action, targetType, targetId, outcome, reasons,
                request, now));
    }

    /**
     * A refusal stands whether or not its record can be written: the caller is still refused, not
     * failed by the audit store, and the failure goes to the server log.
     */
    private void recordRefusal(AuditEntry entry) {
        try {
            trail.recordRefusal(entry);
        } catch (RuntimeException storeFailed) {
            LOG.log(System.Logger.Level.ERROR, "Could not record the refused " + entry.action() + " of request "
                    + entry.requestId(), storeFailed);
        }
    }

    private static AuditEntry entry(TenantId tenantId, String actorType, Actor actor, String action,
                                    String targetType, String targetId, Outcome outcome, List<String> changes,
                                    RequestContext request, Instant now) {
        return new AuditEntry(tenantId, now, actorType, actor == null ? null : actor.userId(),
                actor == null ? null : actor.tokenId(), actor == null ? null : actor.sessionId(), action,
                targetType, targetId, request.requestId(), request.clientAddress(), request.userAgent(), outcome,
                changes, request.payload());
    }
}
