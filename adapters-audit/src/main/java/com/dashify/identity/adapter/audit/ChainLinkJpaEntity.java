package com.dashify.identity.adapter.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code audit_chain_links}. */
@Entity(name = "AuditChainLink")
@Table(name = "audit_chain_links")
@IdClass(ChainLinkJpaEntity.Key.class)
public class ChainLinkJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    String tenantId;
    @Id
    @Column(name = "link_sequence")
    long sequence;
    @Column(name = "record_id", nullable = false, length = 36)
    String recordId;
    @Column(name = "previous_hash", nullable = false, length = 64)
    String previousHash;
    @Column(name = "record_hash", nullable = false, length = 64)
    String recordHash;

    /** The primary key: tenant and sequence. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String tenantId;
        long sequence;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && tenantId.equals(that.tenantId) && sequence == that.sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, sequence);
        }
    }
}
