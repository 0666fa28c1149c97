package com.dashify.identity.adapter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code audit_chain_heads}: the last link of a tenant's chain. */
@Entity(name = "AuditChainHead")
@Table(name = "audit_chain_heads")
public class ChainHeadJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    String tenantId;
    @Column(name = "link_sequence", nullable = false)
    long sequence;
    @Column(name = "record_hash", nullable = false, length = 64)
    String recordHash;
}
