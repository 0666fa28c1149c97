package com.dashify.identity.adapter.persistence.passkey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code passkeys}. */
@Entity(name = "Passkey")
@Table(name = "passkeys")
public class PasskeyJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;
    @Column(name = "user_id", nullable = false, length = 36)
    String userId;
    @Column(name = "credential_id", nullable = false, length = 1364)
    String credentialId;
    @Column(name = "public_key_record", nullable = false, length = 4000)
    String publicKeyRecord;
    @Column(name = "name", nullable = false, length = 100)
    String name;
    @Column(name = "sign_count", nullable = false)
    long signCount;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;
    @Column(name = "disabled_at")
    OffsetDateTime disabledAt;
    @Column(name = "disabled_reason", length = 200)
    String disabledReason;
}
