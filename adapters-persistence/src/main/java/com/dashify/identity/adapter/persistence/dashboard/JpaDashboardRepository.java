package com.dashify.identity.adapter.persistence.dashboard;

import static com.dashify.identity.adapter.persistence.Timestamps.fromColumn;
import static com.dashify.identity.adapter.persistence.Timestamps.toColumn;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.dashboard.port.out.DashboardRepository;
import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Stores dashboards with JPA. */
@ApplicationScoped
public class JpaDashboardRepository implements DashboardRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaDashboardRepository() {
    }

    public JpaDashboardRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Dashboard dashboard) {
        DashboardJpaEntity row = new DashboardJpaEntity();
        row.id = dashboard.id().toString();
        row.tenantId = dashboard.tenantId().toString();
        row.name = dashboard.name();
        row.createdBy = dashboard.createdBy().toString();
        row.createdAt = toColumn(dashboard.createdAt());
        em.persist(row);
    }

    @Override
    public List<Dashboard> latest(TenantId tenantId, int limit) {
        if (limit <= 0) {
            return List.of(); // setMaxResults(0) would mean no limit at all to EclipseLink
        }
        return em.createQuery("select d from Dashboard d where d.tenantId = :tenant"
                        + " order by d.createdAt desc, d.id", DashboardJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Dashboard(UUID.fromString(row.id), new TenantId(UUID.fromString(row.tenantId)),
                        row.name, new UserId(UUID.fromString(row.createdBy)), fromColumn(row.createdAt)))
                .toList();
    }
}
