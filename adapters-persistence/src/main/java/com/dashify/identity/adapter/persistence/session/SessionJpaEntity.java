package com.dashify.identity.adapter.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code user_sessions}. */
@Entity(name = "UserSession")
@Table(name = "user_sessions")
public class SessionJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;
    @Column(name = "user_id", nullable = false, length = 36)
    String userId;
    @Column(name = "sign_in_method", nullable = false, length = 16)
    String method;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "last_seen_at", nullable = false)
    OffsetDateTime lastSeenAt;
    @Column(name = "client_address", length = 64)
    String clientAddress;
    @Column(name = "user_agent", length = 256)
    String userAgent;
    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;
    @Column(name = "revocation_reason", length = 200)
    String revocationReason;
}
