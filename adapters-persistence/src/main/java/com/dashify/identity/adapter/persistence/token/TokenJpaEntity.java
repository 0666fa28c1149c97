package com.dashify.identity.adapter.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code personal_access_tokens}: the hash of the secret, never the secret. */
@Entity(name = "PersonalAccessToken")
@Table(name = "personal_access_tokens")
public class TokenJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "owner_id", nullable = false, length = 36)
    String ownerId;

    @Column(name = "name", nullable = false, length = 100)
    String name;

    /** Space-separated wire names, such as {@code scim tokens}. */
    @Column(name = "scopes", nullable = false, length = 200)
    String scopes;

    @Column(name = "secret_hash", nullable = false, length = 64)
    String secretHash;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "expires_at")
    OffsetDateTime expiresAt;
    @Column(name = "last_used_at")
    OffsetDateTime lastUsedAt;
    @Column(name = "last_used_from", length = 64)
    String lastUsedFrom;
    @Column(name = "revoked_at")
    OffsetDateTime revokedAt;
    @Column(name = "revocation_reason", length = 200)
    String revocationReason;
}
