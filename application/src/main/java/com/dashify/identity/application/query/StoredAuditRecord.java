package com.dashify.identity.application.query;

import java.time.Instant;

/** An audit record as it is read back, each field as stored. */
public record StoredAuditRecord(String id, Instant occurredAt, String actorType, String actorUserId,
                                String actorTokenId, String actorSessionId, String action, String targetType,
                                String targetId, String requestId, String clientAddress, String userAgent,
                                String outcome, String changes, String payload) {

    public AuditPosition position() {
        return new AuditPosition(occurredAt, id);
    }
}
