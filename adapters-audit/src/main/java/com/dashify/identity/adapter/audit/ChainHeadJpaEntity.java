package com.dashify.identity.adapter.audit;

import com.dashify.identity.domain.audit.AuditChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code audit_chain_heads}: the last link of a tenant's chain, and where the chain starts. */
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
    /** The sequence of the chain's first link: 1, or the first link kept after pruning. */
    @Column(name = "start_sequence", nullable = false)
    long startSequence = 1;
    /** The hash the first link continues: genesis, or the last link pruned. */
    @Column(name = "start_hash", nullable = false, length = 64)
    String startHash = AuditChain.GENESIS;
}
