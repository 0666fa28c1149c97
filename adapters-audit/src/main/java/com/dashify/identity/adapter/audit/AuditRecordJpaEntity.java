package com.dashify.identity.adapter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code audit_records}. */
@Entity(name = "AuditRecord")
@Table(name = "audit_records")
public class AuditRecordJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
    @Column(name = "actor_type", nullable = false, length = 16)
    String actorType;
    @Column(name = "actor_user_id", length = 36)
    String actorUserId;
    @Column(name = "actor_token_id", length = 36)
    String actorTokenId;
    @Column(name = "actor_session_id", length = 36)
    String actorSessionId;
    @Column(name = "action", nullable = false, length = 64)
    String action;
    @Column(name = "target_type", length = 16)
    String targetType;
    @Column(name = "target_id", length = 64)
    String targetId;
    @Column(name = "request_id", length = 64)
    String requestId;
    @Column(name = "client_address", length = 64)
    String clientAddress;
    @Column(name = "user_agent", length = 256)
    String userAgent;
    @Column(name = "outcome", nullable = false, length = 64)
    String outcome;
    @Column(name = "changes", nullable = false, length = 2048)
    String changes;
    @Column(name = "payload", length = 1048576)
    String payload;
}
