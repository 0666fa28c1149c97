package com.dashify.identity.adapter.persistence.tenant;

import com.dashify.identity.adapter.persistence.ConstraintViolations;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

/** Stores tenants with JPA. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaTenantRepository() {
    }

    public JpaTenantRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Tenant tenant) {
        TenantJpaEntity row = new TenantJpaEntity();
        row.id = tenant.id().toString();
        row.name = tenant.name().value();
        row.createdAt = Timestamps.toColumn(tenant.createdAt());
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new TenantNameTakenException(tenant.name());
            }
            throw e;
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(em.find(TenantJpaEntity.class, id.toString())).map(JpaTenantRepository::toDomain);
    }

    @Override
    public Optional<Tenant> findByName(TenantName name) {
        return em.createQuery("select t from Tenant t where t.name = :name", TenantJpaEntity.class)
                .setParameter("name", name.value())
                .getResultStream()
                .findFirst()
                .map(JpaTenantRepository::toDomain);
    }

    private static Tenant toDomain(TenantJpaEntity row) {
        return new Tenant(new TenantId(UUID.fromString(row.id)), new TenantName(row.name),
                Timestamps.fromColumn(row.createdAt));
    }
}
