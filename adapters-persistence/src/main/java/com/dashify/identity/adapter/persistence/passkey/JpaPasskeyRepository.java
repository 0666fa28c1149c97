package com.dashify.identity.adapter.persistence.passkey;

import static com.dashify.identity.adapter.persistence.Timestamps.fromColumn;
import static com.dashify.identity.adapter.persistence.Timestamps.toColumn;

import com.dashify.identity.adapter.persistence.ConstraintViolations;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException;
import com.dashify.identity.domain.passkey.PasskeyId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores passkeys with JPA. */
@ApplicationScoped
public class JpaPasskeyRepository implements PasskeyRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaPasskeyRepository() {
    }

    public JpaPasskeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Passkey passkey) {
        PasskeyJpaEntity row = new PasskeyJpaEntity();
        row.id = passkey.id().toString();
        row.tenantId = passkey.tenantId().toString();
        row.userId = passkey.userId().toString();
        row.credentialId = passkey.credentialId();
        row.publicKeyRecord = Base64.getEncoder().encodeToString(passkey.publicKeyRecord());
        row.name = passkey.name();
        row.createdAt = toColumn(passkey.createdAt());
        copyChanges(passkey, row);
        em.persist(row);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new PasskeyAlreadyRegisteredException();
            }
            throw e;
        }
    }

    @Override
    public Optional<Passkey> findByCredentialIdForUpdate(String credentialId) {
        return byCredentialId(credentialId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(JpaPasskeyRepository::toDomain);
    }

    @Override
    public Optional<Passkey> findByCredentialId(String credentialId) {
        return byCredentialId(credentialId).getResultStream().findFirst().map(JpaPasskeyRepository::toDomain);
    }

    @Override
    public List<Passkey> findOf(TenantId tenantId, UserId userId) {
        return em.createQuery("select p from Passkey p where p.tenantId = :tenant and p.userId = :user"
                        + " order by p.createdAt, p.id", PasskeyJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("user", userId.toString())
                .getResultStream()
                .map(JpaPasskeyRepository::toDomain)
                .toList();
    }

    @Override
    public void update(Passkey passkey) {
        PasskeyJpaEntity row = em.find(PasskeyJpaEntity.class, passkey.id().toString());
        if (row == null || !row.tenantId.equals(passkey.tenantId().toString())) {
            throw new IllegalStateException("update of a passkey that is not stored");
        }
        copyChanges(passkey, row);
    }

    @Override
    public boolean remove(TenantId tenantId, UserId userId, PasskeyId id) {
        return em.createQuery("delete from Passkey p where p.tenantId = :tenant and p.userId = :user and p.id = :id")
                .setParameter("tenant", tenantId.toString())
                .setParameter("user", userId.toString())
                .setParameter("id", id.toString())
                .executeUpdate() > 0;
    }

    private TypedQuery<PasskeyJpaEntity> byCredentialId(String credentialId) {
        return em.createQuery("select p from Passkey p where p.credentialId = :credentialId", PasskeyJpaEntity.class)
                .setParameter("credentialId", credentialId);
    }

    private static void copyChanges(Passkey passkey, PasskeyJpaEntity row) {
        row.signCount = passkey.signCount();
        row.lastUsedAt = toColumn(passkey.lastUsedAt().orElse(null));
        row.disabledAt = toColumn(passkey.disabledAt().orElse(null));
        row.disabledReason = passkey.disabledReason().orElse(null);
    }

    private static Passkey toDomain(PasskeyJpaEntity row) {
        return Passkey.restore(new PasskeyId(UUID.fromString(row.id)), new TenantId(UUID.fromString(row.tenantId)),
                new UserId(UUID.fromString(row.userId)), row.credentialId,
                Base64.getDecoder().decode(row.publicKeyRecord), row.name, fromColumn(row.createdAt), row.signCount,
                fromColumn(row.lastUsedAt), fromColumn(row.disabledAt), row.disabledReason);
    }
}
