package com.dashify.identity.adapter.persistence.token;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Counts calls with JPA: a row per token, day and node, which only that node adds to (so nodes
 * never wait on each other's rows), summed per token and day when read.
 */
@ApplicationScoped
public class JpaTokenCallCounts implements TokenCallCounts {

    /** How long a token's counts are kept: past the page's 30 days, with room. */
    static final int KEPT_DAYS = 90;
    /** This process, among the nodes that count: drawn at start. */
    private static final String NODE = UUID.randomUUID().toString();

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaTokenCallCounts() {
    }

    public JpaTokenCallCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(TenantId tenantId, TokenId tokenId, LocalDate day, long calls) {
        int added = em.createQuery("update TokenCalls c set c.calls = c.calls + :calls where c.tenantId = :tenant"
                        + " and c.tokenId = :token and c.day = :day and c.node = :node")
                .setParameter("calls", calls)
                .setParameter("tenant", tenantId.toString())
                .setParameter("token", tokenId.toString())
                .setParameter("day", day)
                .setParameter("node", NODE)
                .executeUpdate();
        if (added > 0) {
            return;
        }
        TokenCallsJpaEntity row = new TokenCallsJpaEntity();
        row.id = UUID.randomUUID().toString();
        row.tenantId = tenantId.toString();
        row.tokenId = tokenId.toString();
        row.day = day;
        row.node = NODE;
        row.calls = calls;
        em.persist(row);
        // A new day's first row: the token's rows past keeping go.
        em.createQuery("delete from TokenCalls c where c.tenantId = :tenant and c.tokenId = :token"
                        + " and c.day < :oldest")
                .setParameter("tenant", tenantId.toString())
                .setParameter("token", tokenId.toString())
                .setParameter("oldest", day.minusDays(KEPT_DAYS))
                .executeUpdate();
    }

    @Override
    public List<DailyCalls> since(TenantId tenantId, LocalDate from) {
        return em.createQuery("select c.tokenId, c.day, sum(c.calls) from TokenCalls c where c.tenantId = :tenant"
                        + " and c.day >= :from group by c.tokenId, c.day", Object[].class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("from", from)
                .getResultStream()
                .map(row -> new DailyCalls(new TokenId(UUID.fromString((String) row[0])), (LocalDate) row[1],
                        ((Number) row[2]).longValue()))
                .toList();
    }
}
