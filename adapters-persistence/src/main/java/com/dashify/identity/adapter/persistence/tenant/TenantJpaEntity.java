package com.dashify.identity.adapter.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code tenants}. */
@Entity(name = "Tenant")
@Table(name = "tenants")
public class TenantJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false, length = 63)
    String name;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
