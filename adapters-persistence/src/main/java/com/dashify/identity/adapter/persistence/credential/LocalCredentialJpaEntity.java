package com.dashify.identity.adapter.persistence.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code local_credentials}: an administrator's console password hash. */
@Entity(name = "LocalCredential")
@Table(name = "local_credentials")
public class LocalCredentialJpaEntity {

    @Id
    @Column(name = "user_id", length = 36)
    String userId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "password_hash", nullable = false, length = 512)
    String passwordHash;

    @Column(name = "set_at", nullable = false)
    OffsetDateTime setAt;
}
