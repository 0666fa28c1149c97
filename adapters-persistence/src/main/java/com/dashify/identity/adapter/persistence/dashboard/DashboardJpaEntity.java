package com.dashify.identity.adapter.persistence.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code dashboards}. */
@Entity(name = "Dashboard")
@Table(name = "dashboards")
public class DashboardJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;
    @Column(name = "name", nullable = false, length = 200)
    String name;
    @Column(name = "created_by", nullable = false, length = 36)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
