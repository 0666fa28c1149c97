package com.dashify.identity.adapter.persistence.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code password_setups}: a one-time link, by the hash of its secret. */
@Entity(name = "PasswordSetup")
@Table(name = "password_setups")
public class PasswordSetupJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "user_id", nullable = false, length = 36)
    String userId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    String secretHash;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    OffsetDateTime expiresAt;

    @Column(name = "used_at")
    OffsetDateTime usedAt;
}
