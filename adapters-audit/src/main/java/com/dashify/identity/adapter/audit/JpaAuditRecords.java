package com.dashify.identity.adapter.audit;

import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads audit records with JPA, newest first, by keyset on (occurred_at, id). */
@ApplicationScoped
public class JpaAuditRecords implements AuditRecords {

    /** The action of a user's write, recorded without changes when it changed nothing. */
    private static final String NO_OP_UPDATE = "user.update";

    @PersistenceContext(unitName = JpaAuditTrail.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaAuditRecords() {
    }

    public JpaAuditRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<StoredAuditRecord> find(TenantId tenantId, AuditFilter filter, AuditPosition after, int limit) {
        if (limit <= 0) {
            return List.of(); // setMaxResults(0) would mean no limit at all to EclipseLink
        }
        if (isEmpty(filter.actorUserIds()) || isEmpty(filter.targetIds())) {
            return List.of(); // no id matches an empty set, and "in ()" is not JPQL
        }
        StringBuilder jpql = new StringBuilder("select r from AuditRecord r where r.tenantId = :tenant");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tenant", tenantId.toString());
        oneOf(jpql, parameters, "actorUserId", filter.actorUserIds());
        oneOf(jpql, parameters, "targetId", filter.targetIds());
        equal(jpql, parameters, "action", filter.action());
        equal(jpql, parameters, "outcome", filter.outcome());
        if (filter.from() != null) {
            jpql.append(" and r.occurredAt >= :from");
            parameters.put("from", column(filter.from()));
        }
        if (filter.to() != null) {
            jpql.append(" and r.occurredAt < :to");
            parameters.put("to", column(filter.to()));
        }
        if (after != null) {
            // The first condition alone is a range of the (tenant, time, id) index; the rest narrows it.
            jpql.append(" and r.occurredAt <= :afterTime and (r.occurredAt < :afterTime or r.id < :afterId)");
            parameters.put("afterTime", column(after.occurredAt()));
            parameters.put("afterId", after.recordId());
        }
        jpql.append(" order by r.occurredAt desc, r.id desc");
        TypedQuery<AuditRecordJpaEntity> query = em.createQuery(jpql.toString(), AuditRecordJpaEntity.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(JpaAuditRecords::toStored).toList();
    }

    @Override
    public List<TokenDay> byTokenAndDay(TenantId tenantId, LocalDate first, LocalDate last) {
        // A grouped count per day: the databases' date functions differ, and PostgreSQL's would
        // take the session's time zone, not UTC. Each is a range of the (tenant, time) index.
        List<TokenDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, long[]> counts = new TreeMap<>();
            em.createQuery("select r.actorTokenId, r.outcome, count(r) from AuditRecord r where r.tenantId = :tenant"
                            + " and r.occurredAt >= :start and r.occurredAt < :end and r.actorTokenId is not null"
                            + " and not (r.outcome = :success and r.action = :update"
                            + " and (r.changes = '' or r.changes is null))"
                            + " group by r.actorTokenId, r.outcome", Object[].class)
                    .setParameter("tenant", tenantId.toString())
                    .setParameter("start", column(day.atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .setParameter("end", column(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .setParameter("success", OutcomeColumn.SUCCESS)
                    .setParameter("update", NO_OP_UPDATE)
                    .getResultList()
                    .forEach(row -> counts.computeIfAbsent((String) row[0], token -> new long[2])
                            [OutcomeColumn.SUCCESS.equals(row[1]) ? 0 : 1] += ((Number) row[2]).longValue());
            LocalDate counted = day;
            counts.forEach((token, count) -> days.add(new TokenDay(token, counted, count[0], count[1])));
        }
        return days;
    }

    @Override
    public List<StoredAuditRecord> latestRefusals(TenantId tenantId, String tokenId, Instant since, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return em.createQuery("select r from AuditRecord r where r.tenantId = :tenant and r.occurredAt >= :since"
                        + " and r.actorTokenId = :token and r.outcome <> :success"
                        + " order by r.occurredAt desc, r.id desc", AuditRecordJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("since", column(since))
                .setParameter("token", tokenId)
                .setParameter("success", OutcomeColumn.SUCCESS)
                .setMaxResults(limit)
                .getResultStream()
                .map(JpaAuditRecords::toStored)
                .toList();
    }

    private static boolean isEmpty(Set<String> ids) {
        return ids != null && ids.isEmpty();
    }

    private static void oneOf(StringBuilder jpql, Map<String, Object> parameters, String field, Set<String> ids) {
        if (ids != null) {
            jpql.append(" and r.").append(field).append(" in :").append(field);
            parameters.put(field, List.copyOf(ids));
        }
    }

    private static void equal(StringBuilder jpql, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            jpql.append(" and r.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    private static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StoredAuditRecord toStored(AuditRecordJpaEntity row) {
        return new StoredAuditRecord(row.id, row.occurredAt.toInstant(), row.actorType, row.actorUserId,
                row.actorTokenId, row.actorSessionId, row.action, row.targetType, row.targetId, row.requestId,
                row.clientAddress, row.userAgent, row.outcome, row.changes, row.payload);
    }
}
