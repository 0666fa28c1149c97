package com.dashify.identity.adapter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code audit_unsealed}: a record waiting to be chained. */
@Entity(name = "AuditUnsealed")
@Table(name = "audit_unsealed")
public class UnsealedJpaEntity {

    @Id
    @Column(name = "record_id", length = 36)
    String recordId;
    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;
    @Column(name = "occurred_at", nullable = false)
    OffsetDateTime occurredAt;
}
