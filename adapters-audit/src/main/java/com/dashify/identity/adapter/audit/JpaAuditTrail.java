package com.dashify.identity.adapter.audit;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.domain.audit.AuditChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes audit records through the entity manager of the current transaction. They are sent with
 * the transaction's next flush: the next query, or the transaction boundary's flush at the end of
 * the use case, so that a record that cannot be written fails the use case before it commits.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    /** Shared with the other adapters: one transaction, one connection. */
    static final String PERSISTENCE_UNIT = "dashify";

    private static final int MAX_CHANGES_LENGTH = 2048;

    @PersistenceContext(unitName = PERSISTENCE_UNIT)
    private EntityManager em;
    /** Tenants whose chain head exists: no lookup on every write, only on a tenant's first on this node. */
    private final Set<String> tenantsWithHead = ConcurrentHashMap.newKeySet();

    /** For CDI. */
    protected JpaAuditTrail() {
    }

    public JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    public void record(AuditEntry entry) {
        String tenantId = entry.tenantId().toString();
        if (!tenantsWithHead.contains(tenantId)) {
            if (em.find(ChainHeadJpaEntity.class, tenantId) == null) {
                // A new tenant's first record: its creation is the one transaction that writes to it.
                ChainHeadJpaEntity head = new ChainHeadJpaEntity();
                head.tenantId = tenantId;
                head.recordHash = AuditChain.GENESIS;
                em.persist(head);
            }
            // Heads are never removed; if this transaction rolls back, the chainer creates the head.
            tenantsWithHead.add(tenantId);
        }
        persist(entry);
    }

    /**
     * In the current transaction, which the wiring starts for it after the refused attempt's has
     * ended. It writes no chain head: the chainer creates a missing one.
     */
    @Override
    public void recordRefusal(AuditEntry entry) {
        persist(entry);
    }

    private void persist(AuditEntry entry) {
        AuditRecordJpaEntity row = new AuditRecordJpaEntity();
        row.id = UUID.randomUUID().toString();
        row.tenantId = entry.tenantId().toString();
        row.occurredAt = entry.occurredAt().atOffset(ZoneOffset.UTC);
        row.actorType = entry.actorType();
        row.actorUserId = entry.actorUserId() == null ? null : entry.actorUserId().toString();
        row.actorTokenId = entry.actorTokenId() == null ? null : entry.actorTokenId().toString();
        row.actorSessionId = entry.actorSessionId() == null ? null : entry.actorSessionId().toString();
        row.action = entry.action();
        row.targetType = entry.targetType();
        row.targetId = entry.targetId();
        row.requestId = entry.requestId();
        row.clientAddress = entry.clientAddress();
        row.userAgent = entry.userAgent();
        row.outcome = OutcomeColumn.of(entry.outcome());
        row.changes = truncate(String.join(" ", entry.changes()));
        row.payload = entry.payload();
        em.persist(row);
        // Waits here, in the same transaction, until the chainer links it (JpaAuditChainStore).
        UnsealedJpaEntity unsealed = new UnsealedJpaEntity();
        unsealed.recordId = row.id;
        unsealed.tenantId = row.tenantId;
        unsealed.occurredAt = row.occurredAt;
        // Not flushed here, so that records written one after another (a deactivation's revocations)
        // reach the database together, in JDBC batches.
        em.persist(unsealed);
    }

    private static String truncate(String changes) {
        return changes.length() <= MAX_CHANGES_LENGTH ? changes : changes.substring(0, MAX_CHANGES_LENGTH - 1) + "…";
    }
}
