package com.dashify.identity.adapter.audit;

import com.dashify.identity.application.audit.port.out.AuditChainStore;
import com.dashify.identity.application.query.ChainBacklog;
import com.dashify.identity.domain.audit.AuditChain;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The audit hash chain in the audit tables, beside the records it seals. */
@ApplicationScoped
public class JpaAuditChainStore implements AuditChainStore {

    @PersistenceContext(unitName = JpaAuditTrail.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaAuditChainStore() {
    }

    public JpaAuditChainStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<TenantId> tenantsWithUnsealedRecords(int limit) {
        return em.createQuery("select distinct u.tenantId from AuditUnsealed u", String.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(TenantId::of)
                .toList();
    }

    @Override
    public Head lockHead(TenantId tenantId) {
        ChainHeadJpaEntity head = em.find(ChainHeadJpaEntity.class, tenantId.toString(),
                LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            // The insert is the lock: a second chainer of a new tenant waits on it, then fails and retries.
            head = new ChainHeadJpaEntity();
            head.tenantId = tenantId.toString();
            head.sequence = 0;
            head.recordHash = AuditChain.GENESIS;
            em.persist(head);
            em.flush();
        }
        return new Head(head.sequence, head.recordHash);
    }

    @Override
    public List<Unsealed> unsealed(TenantId tenantId, int limit) {
        List<String> ids = em.createQuery("select u.recordId from AuditUnsealed u where u.tenantId = :tenant"
                        + " order by u.occurredAt, u.recordId", String.class)
                .setParameter("tenant", tenantId.toString())
                .setMaxResults(limit)
                .getResultList();
        Map<String, AuditRecordJpaEntity> records = records(ids);
        return ids.stream().filter(records::containsKey)
                .map(id -> new Unsealed(id, canonical(records.get(id)))).toList();
    }

    @Override
    public void append(TenantId tenantId, List<Link> links) {
        for (Link link : links) {
            ChainLinkJpaEntity row = new ChainLinkJpaEntity();
            row.tenantId = tenantId.toString();
            row.sequence = link.sequence();
            row.recordId = link.recordId();
            row.previousHash = link.previousHash();
            row.recordHash = link.hash();
            em.persist(row);
        }
        em.createQuery("delete from AuditUnsealed u where u.recordId in :ids")
                .setParameter("ids", links.stream().map(Link::recordId).toList())
                .executeUpdate();
        ChainHeadJpaEntity head = em.find(ChainHeadJpaEntity.class, tenantId.toString());
        Link last = links.get(links.size() - 1);
        head.sequence = last.sequence();
        head.recordHash = last.hash();
        em.flush();
    }

    @Override
    public List<Link> links(TenantId tenantId, long afterSequence, int limit) {
        // Columns, not entities: a walk of the whole chain must not fill the persistence context.
        List<Object[]> rows = em.createQuery("select l.sequence, l.recordId, l.previousHash, l.recordHash"
                        + " from AuditChainLink l where l.tenantId = :tenant and l.sequence > :after"
                        + " order by l.sequence", Object[].class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("after", afterSequence)
                .setMaxResults(limit)
                .getResultList();
        Map<String, AuditRecordJpaEntity> records = records(rows.stream().map(row -> (String) row[1]).toList());
        String tenant = tenantId.toString();
        return rows.stream().map(row -> {
            AuditRecordJpaEntity record = records.get((String) row[1]);
            // A record moved to another tenant is not this tenant's record any more.
            String content = record == null || !record.tenantId.equals(tenant) ? null : canonical(record);
            return new Link((Long) row[0], (String) row[1], (String) row[2], (String) row[3], content);
        }).toList();
    }

    @Override
    public long unsealedCount(TenantId tenantId) {
        return em.createQuery("select count(u) from AuditUnsealed u where u.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId.toString())
                .getSingleResult();
    }

    @Override
    public ChainBacklog backlog() {
        Object[] row = em.createQuery("select count(u), min(u.occurredAt) from AuditUnsealed u", Object[].class)
                .getSingleResult();
        long records = ((Number) row[0]).longValue();
        return records == 0 ? ChainBacklog.NONE
                : new ChainBacklog(records, ((OffsetDateTime) row[1]).toInstant());
    }

    @Override
    public Start start(TenantId tenantId) {
        ChainHeadJpaEntity head = em.find(ChainHeadJpaEntity.class, tenantId.toString());
        return head == null ? Start.GENESIS : new Start(head.startSequence, head.startHash);
    }

    @Override
    public List<TenantId> tenantsWithChains(TenantId after, int limit) {
        // Tenant ids are never the empty string, so "" stands for "from the first".
        return em.createQuery("select h.tenantId from AuditChainHead h where h.sequence > 0"
                        + " and h.tenantId > :after order by h.tenantId", String.class)
                .setParameter("after", after == null ? "" : after.toString())
                .setMaxResults(limit)
                .getResultStream()
                .map(TenantId::of)
                .toList();
    }

    @Override
    public OptionalLong firstSequenceAtOrAfter(TenantId tenantId, Instant instant, long fromSequence,
                                              long toSequence) {
        Long first = em.createQuery("select min(l.sequence) from AuditChainLink l, AuditRecord r"
                        + " where l.tenantId = :tenant and l.sequence between :from and :to and r.id = l.recordId"
                        + " and r.occurredAt >= :instant", Long.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("from", fromSequence)
                .setParameter("to", toSequence)
                .setParameter("instant", instant.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        return first == null ? OptionalLong.empty() : OptionalLong.of(first);
    }

    @Override
    public long pruneThrough(TenantId tenantId, long sequence) {
        String tenant = tenantId.toString();
        ChainLinkJpaEntity last = em.createQuery("select l from AuditChainLink l where l.tenantId = :tenant"
                        + " and l.sequence = :sequence", ChainLinkJpaEntity.class)
                .setParameter("tenant", tenant)
                .setParameter("sequence", sequence)
                .getSingleResult();
        int records = em.createQuery("delete from AuditRecord r where r.tenantId = :tenant and r.id in"
                        + " (select l.recordId from AuditChainLink l where l.tenantId = :tenant"
                        + " and l.sequence <= :sequence)")
                .setParameter("tenant", tenant)
                .setParameter("sequence", sequence)
                .executeUpdate();
        em.createQuery("delete from AuditChainLink l where l.tenantId = :tenant and l.sequence <= :sequence")
                .setParameter("tenant", tenant)
                .setParameter("sequence", sequence)
                .executeUpdate();
        ChainHeadJpaEntity head = em.find(ChainHeadJpaEntity.class, tenant);
        head.startSequence = sequence + 1;
        head.startHash = last.recordHash;
        em.flush();
        return records;
    }

    /** The records with these ids, as copies the persistence context does not manage. */
    private Map<String, AuditRecordJpaEntity> records(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r.id, r.tenantId, r.occurredAt, r.actorType, r.actorUserId, r.actorTokenId,"
                        + " r.actorSessionId, r.action, r.targetType, r.targetId, r.requestId, r.clientAddress,"
                        + " r.userAgent, r.outcome, r.changes, r.payload from AuditRecord r where r.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(JpaAuditChainStore::record)
                .collect(Collectors.toMap(record -> record.id, Function.identity()));
    }

    private static AuditRecordJpaEntity record(Object[] row) {
        AuditRecordJpaEntity record = new AuditRecordJpaEntity();
        record.id = (String) row[0];
        record.tenantId = (String) row[1];
        record.occurredAt = (OffsetDateTime) row[2];
        record.actorType = (String) row[3];
        record.actorUserId = (String) row[4];
        record.actorTokenId = (String) row[5];
        record.actorSessionId = (String) row[6];
        record.action = (String) row[7];
        record.targetType = (String) row[8];
        record.targetId = (String) row[9];
        record.requestId = (String) row[10];
        record.clientAddress = (String) row[11];
        record.userAgent = (String) row[12];
        record.outcome = (String) row[13];
        record.changes = (String) row[14];
        record.payload = (String) row[15];
        return record;
    }

    /**
     * Every stored field of a record, in a fixed order: what its link seals. The session and user
     * agent came later (V3) and are listed only when the record has one of them, so links made
     * before they existed still verify; the length prefixes keep the two forms apart.
     */
    static String canonical(AuditRecordJpaEntity record) {
        List<String> fields = new ArrayList<>(Arrays.asList(record.id, record.tenantId,
                record.occurredAt.toInstant().toString(), record.actorType, record.actorUserId, record.actorTokenId,
                record.action, record.targetType, record.targetId, record.requestId, record.clientAddress,
                record.outcome, record.changes, record.payload));
        if (record.actorSessionId != null || record.userAgent != null) {
            fields.add(record.actorSessionId);
            fields.add(record.userAgent);
        }
        return AuditChain.canonical(fields);
    }
}
