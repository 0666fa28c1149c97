package com.dashify.identity.adapter.persistence.sso;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.sso.port.out.SsoConfigurationRepository;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Optional;

/** Stores SSO configurations with JPA. */
@ApplicationScoped
public class JpaSsoConfigurationRepository implements SsoConfigurationRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaSsoConfigurationRepository() {
    }

    public JpaSsoConfigurationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SsoConfiguration> find(TenantId tenantId) {
        return Optional.ofNullable(em.find(SsoConfigurationJpaEntity.class, tenantId.toString()))
                .map(row -> new SsoConfiguration(TenantId.of(row.tenantId), URI.create(row.issuer), row.clientId,
                        row.clientSecret, row.userClaim, row.groupsClaim));
    }

    @Override
    public void save(SsoConfiguration configuration) {
        SsoConfigurationJpaEntity stored = em.find(SsoConfigurationJpaEntity.class,
                configuration.tenantId().toString());
        SsoConfigurationJpaEntity row = stored == null ? new SsoConfigurationJpaEntity() : stored;
        row.tenantId = configuration.tenantId().toString();
        row.issuer = configuration.issuerId();
        row.clientId = configuration.clientId();
        row.clientSecret = configuration.clientSecret();
        row.userClaim = configuration.userClaim();
        row.groupsClaim = configuration.groupsClaimName().orElse(null);
        if (stored == null) {
            em.persist(row);
        }
    }

    @Override
    public void remove(TenantId tenantId) {
        SsoConfigurationJpaEntity row = em.find(SsoConfigurationJpaEntity.class, tenantId.toString());
        if (row != null) {
            em.remove(row);
        }
    }
}
