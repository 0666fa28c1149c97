package com.dashify.identity.adapter.persistence.token;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.port.out.UserRepository.Standing;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores personal access tokens with JPA, by the hash of their secret. */
@ApplicationScoped
public class JpaTokenRepository implements TokenRepository {

    /** The token by the hash of its secret, with its owner's standing, in the order {@link #restore} reads. */
    private static final String TOKEN_WITH_OWNER = "select t.id, t.tenant_id, t.owner_id, t.name, t.scopes,"
            + " t.secret_hash, t.created_at, t.expires_at, t.last_used_at, t.last_used_from, t.revoked_at,"
            + " t.revocation_reason, u.user_name, u.active, u.deleted_at, u.role_name"
            + " from personal_access_tokens t join users u on u.id = t.owner_id and u.tenant_id = t.tenant_id"
            + " where t.secret_hash = ?";

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
    public Optional<TokenAndOwner> findByHashWithOwner(TokenHash hash) {
        // Read on every authenticated request, so with no JPQL to translate and no entity to build
        // and track: one prepared statement on the transaction's own connection (pgjdbc prepares it
        // on the server once a connection has run it a few times). update() finds the row again in
        // the rare call that records the token's use.
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(TOKEN_WITH_OWNER)) {
            statement.setString(1, hash.hex());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                PersonalAccessToken token = restore(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), timestamp(row, 7), timestamp(row, 8),
                        timestamp(row, 9), row.getString(10), timestamp(row, 11), row.getString(12));
                Standing owner = new Standing(new UserName(row.getString(13)), row.getBoolean(14),
                        timestamp(row, 15) != null, Role.valueOf(row.getString(16)));
                return Optional.of(new TokenAndOwner(token, owner));
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the token and its owner", e);
        }
    }

    private static OffsetDateTime timestamp(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class);
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
        return restore(row.id, row.tenantId, row.ownerId, row.name, row.scopes, row.secretHash, row.createdAt,
                row.expiresAt, row.lastUsedAt, row.lastUsedFrom, row.revokedAt, row.revocationReason);
    }

    private static PersonalAccessToken restore(String id, String tenantId, String ownerId, String name,
                                               String scopeNames, String secretHash, OffsetDateTime createdAt,
                                               OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                                               String lastUsedFrom, OffsetDateTime revokedAt,
                                               String revocationReason) {
        Set<Scope> scopes = Arrays.stream(scopeNames.split(" "))
                .map(scope -> Scope.named(scope).orElseThrow(() -> new IllegalStateException("unknown scope " + scope)))
                .collect(Collectors.toSet());
        return PersonalAccessToken.restore(new TokenId(UUID.fromString(id)), new TenantId(UUID.fromString(tenantId)),
                new UserId(UUID.fromString(ownerId)), new TokenName(name), scopes, new TokenHash(secretHash.strip()),
                Timestamps.fromColumn(createdAt), Timestamps.fromColumn(expiresAt), Timestamps.fromColumn(lastUsedAt),
                lastUsedFrom, Timestamps.fromColumn(revokedAt), revocationReason);
    }
}
