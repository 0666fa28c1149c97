package com.dashify.identity.adapter.persistence.credential;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.credential.port.out.CredentialRepository;
import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Stores console password hashes with JPA. */
@ApplicationScoped
public class JpaCredentialRepository implements CredentialRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaCredentialRepository() {
    }

    public JpaCredentialRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<LocalCredential> find(TenantId tenantId, UserId userId) {
        return Optional.ofNullable(em.find(LocalCredentialJpaEntity.class, userId.toString()))
                .filter(row -> row.tenantId.equals(tenantId.toString()))
                .map(row -> new LocalCredential(new TenantId(UUID.fromString(row.tenantId)),
                        new UserId(UUID.fromString(row.userId)), row.passwordHash, Timestamps.fromColumn(row.setAt)));
    }

    @Override
    public void save(LocalCredential credential) {
        LocalCredentialJpaEntity row = em.find(LocalCredentialJpaEntity.class, credential.userId().toString());
        boolean created = row == null;
        if (created) {
            row = new LocalCredentialJpaEntity();
            row.userId = credential.userId().toString();
        }
        row.tenantId = credential.tenantId().toString();
        row.passwordHash = credential.passwordHash();
        row.setAt = Timestamps.toColumn(credential.setAt());
        if (created) {
            em.persist(row);
        }
    }
}
