package com.dashify.identity.adapter.persistence;

import com.dashify.identity.application.port.out.TokenRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** Stores personal access tokens with JPA, by the hash of their secret. */
@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaTokenRepository() {
    }

    public JpaTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(PersonalAccessToken token) {
        TokenJpaEntity row = new TokenJpaEntity();
        copyOnto(token, row);
        em.persist(row);
    }

    @Override
    public void update(PersonalAccessToken token) {
        TokenJpaEntity row = em.find(TokenJpaEntity.class, token.id().toString());
        if (row == null) {
            throw new IllegalStateException("update of a token that is not stored");
        }
        copyOnto(token, row);
    }

    @Override
    public Optional<PersonalAccessToken> findByHash(TokenHash hash) {
        // Read on every authenticated request: not tracked for changes; update() finds the row again
        // in the rare call that records the token's use.
        return em.createQuery("select t from PersonalAccessToken t where t.secretHash = :hash", TokenJpaEntity.class)
                .setParameter("hash", hash.hex())
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream()
                .findFirst()
                .map(JpaTokenRepository::toDomain);
    }

    @Override
    public Optional<PersonalAccessToken> findById(TenantId tenantId, TokenId tokenId) {
        return Optional.ofNullable(em.find(TokenJpaEntity.class, tokenId.toString()))
                .filter(row -> row.tenantId.equals(tenantId.toString()))
                .map(JpaTokenRepository::toDomain);
    }

    @Override
    public List<PersonalAccessToken> findAllOfTenant(TenantId tenantId) {
        return em.createQuery("select t from PersonalAccessToken t where t.tenantId = :tenant"
                        + " order by t.createdAt desc, t.id", TokenJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .getResultStream()
                .map(JpaTokenRepository::toDomain)
                .toList();
    }

    @Override
    public List<PersonalAccessToken> findUnrevokedOwnedBy(TenantId tenantId, UserId ownerId) {
        return em.createQuery("select t from PersonalAccessToken t where t.tenantId = :tenant"
                        + " and t.ownerId = :owner and t.revokedAt is null order by t.createdAt, t.id",
                        TokenJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("owner", ownerId.toString())
                .getResultStream()
                .map(JpaTokenRepository::toDomain)
                .toList();
    }

    private static void copyOnto(PersonalAccessToken token, TokenJpaEntity row) {
        row.id = token.id().toString();
        row.tenantId = token.tenantId().toString();
        row.ownerId = token.ownerId().toString();
        row.name = token.name().value();
        row.scopes = token.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(" "));
        row.secretHash = token.secretHash().hex();
        row.createdAt = Timestamps.toColumn(token.createdAt());
        row.expiresAt = Timestamps.toColumn(token.expiresAt().orElse(null));
        row.lastUsedAt = Timestamps.toColumn(token.lastUsedAt().orElse(null));
        row.lastUsedFrom = token.lastUsedFrom().orElse(null);
        row.revokedAt = Timestamps.toColumn(token.revokedAt().orElse(null));
        row.revocationReason = token.revocationReason().orElse(null);
    }

    private static PersonalAccessToken toDomain(TokenJpaEntity row) {
        Set<Scope> scopes = Arrays.stream(row.scopes.split(" "))
                .map(name -> Scope.named(name).orElseThrow(() -> new IllegalStateException("unknown scope " + name)))
                .collect(Collectors.toSet());
        return PersonalAccessToken.restore(new TokenId(UUID.fromString(row.id)),
                new TenantId(UUID.fromString(row.tenantId)), new UserId(UUID.fromString(row.ownerId)),
                new TokenName(row.name), scopes, new TokenHash(row.secretHash.strip()),
                Timestamps.fromColumn(row.createdAt), Timestamps.fromColumn(row.expiresAt),
                Timestamps.fromColumn(row.lastUsedAt), row.lastUsedFrom, Timestamps.fromColumn(row.revokedAt),
                row.revocationReason);
    }
}
