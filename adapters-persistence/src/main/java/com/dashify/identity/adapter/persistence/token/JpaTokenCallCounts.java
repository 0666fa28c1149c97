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

/** Counts calls with JPA: a row per addition, summed per token and day when read. */
@ApplicationScoped
public class JpaTokenCallCounts implements TokenCallCounts {

    /** How long a token's counts are kept: past the page's 30 days, with room. */
    static final int KEPT_DAYS = 90;

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
        TokenCallsJpaEntity row = new TokenCallsJpaEntity();
        row.id = UUID.randomUUID().toString();
        row.tenantId = tenantId.toString();
        row.tokenId = tokenId.toString();
        row.day = day;
        row.calls = calls;
        em.persist(row);
        em.createQuery("delete from TokenCalls c where c.tokenId = :token and c.day < :oldest")
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
