package com.dashify.identity.adapter.persistence.credential;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepository;
import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores password setup links with JPA, by the hash of their secret. */
@ApplicationScoped
public class JpaPasswordSetupRepository implements PasswordSetupRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaPasswordSetupRepository() {
    }

    public JpaPasswordSetupRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(PasswordSetup setup) {
        PasswordSetupJpaEntity row = new PasswordSetupJpaEntity();
        row.id = setup.id().toString();
        row.tenantId = setup.tenantId().toString();
        row.userId = setup.userId().toString();
        row.secretHash = setup.secretHash().hex();
        row.createdAt = Timestamps.toColumn(setup.createdAt());
        row.expiresAt = Timestamps.toColumn(setup.expiresAt());
        row.usedAt = Timestamps.toColumn(setup.usedAt().orElse(null));
        em.persist(row);
    }

    @Override
    public Optional<PasswordSetup> findByHashForUpdate(TokenHash hash) {
        return em.createQuery("select s from PasswordSetup s where s.secretHash = :hash", PasswordSetupJpaEntity.class)
                .setParameter("hash", hash.hex())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(JpaPasswordSetupRepository::toDomain);
    }

    @Override
    public List<PasswordSetup> findUsableOfForUpdate(TenantId tenantId, UserId userId, Instant now) {
        return em.createQuery("select s from PasswordSetup s where s.tenantId = :tenant and s.userId = :user"
                        + " and s.usedAt is null and s.expiresAt > :now order by s.createdAt",
                        PasswordSetupJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("user", userId.toString())
                .setParameter("now", Timestamps.toColumn(now))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .map(JpaPasswordSetupRepository::toDomain)
                .toList();
    }

    @Override
    public void update(PasswordSetup setup) {
        PasswordSetupJpaEntity row = em.find(PasswordSetupJpaEntity.class, setup.id().toString());
        if (row == null) {
            throw new IllegalStateException("update of a setup link that is not stored");
        }
        row.usedAt = Timestamps.toColumn(setup.usedAt().orElse(null));
        row.expiresAt = Timestamps.toColumn(setup.expiresAt());
    }

    private static PasswordSetup toDomain(PasswordSetupJpaEntity row) {
        return PasswordSetup.restore(UUID.fromString(row.id), new TenantId(UUID.fromString(row.tenantId)),
                new UserId(UUID.fromString(row.userId)), new TokenHash(row.secretHash.strip()),
                Timestamps.fromColumn(row.createdAt), Timestamps.fromColumn(row.expiresAt),
                Timestamps.fromColumn(row.usedAt));
    }
}
