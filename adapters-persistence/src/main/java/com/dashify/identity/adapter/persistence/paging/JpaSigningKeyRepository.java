package com.dashify.identity.adapter.persistence.paging;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.paging.port.out.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Stores shared secrets in {@code signing_keys}, base64 encoded, with plain SQL: one row per name,
 * never updated. The cursor key is stored by the migration V10, under Flyway's lock, so it is found
 * from the first request on; storing a secret here is the fallback for a name no migration wrote
 * (two nodes storing one at once: on PostgreSQL the later waits for the first, then fails that one
 * request on the primary key, and the next reads the stored secret).
 */
@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaSigningKeyRepository() {
    }

    public JpaSigningKeyRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<byte[]> find(String name) {
        List<?> rows = em.createNativeQuery("select secret from signing_keys where name = ?1")
                .setParameter(1, name)
                .getResultList();
        return rows.stream().findFirst().map(secret -> Base64.getDecoder().decode(secret.toString()));
    }

    @Override
    public byte[] addIfAbsent(String name, byte[] secret) {
        em.createNativeQuery("insert into signing_keys (name, secret, created_at) select ?1, ?2, current_timestamp"
                        + " where not exists (select 1 from signing_keys where name = ?3)")
                .setParameter(1, name)
                .setParameter(2, Base64.getEncoder().encodeToString(secret))
                .setParameter(3, name)
                .executeUpdate();
        return find(name).orElseThrow();
    }
}
