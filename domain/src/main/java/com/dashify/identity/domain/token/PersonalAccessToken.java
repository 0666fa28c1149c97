package com.dashify.identity.domain.token;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bearer credential that acts as its owner, within the owner's tenant, for its scopes only.
 * Only the hash of its secret is kept; revocation and expiry are final.
 */
public final class PersonalAccessToken {

    private final TokenId id;
    private final TenantId tenantId;
    private final UserId ownerId;
    private final TokenName name;
    private final Set<Scope> scopes;
    private final TokenHash secretHash;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant lastUsedAt;
    private String lastUsedFrom;
    private Instant revokedAt;
    private String revocationReason;

    private PersonalAccessToken(TokenId id, TenantId tenantId, UserId ownerId, TokenName name, Set<Scope> scopes,
                                TokenHash secretHash, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                                String lastUsedFrom, Instant revokedAt, String revocationReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.name = Objects.requireNonNull(name, "name");
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("a token needs at least one scope");
        }
        this.scopes = Set.copyOf(EnumSet.copyOf(scopes));
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a token must expire after it is created");
        }
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.lastUsedFrom = lastUsedFrom;
        this.revokedAt = revokedAt;
        this.revocationReason = revocationReason;
    }

    /** Issues a new token; the returned secret is the only copy there will ever be. */
    public static IssuedToken issue(TokenId id, TenantId tenantId, UserId ownerId, TokenName name, Set<Scope> scopes,
                                    Instant now, Instant expiresAt, SecureRandom random) {
        TokenSecret secret = TokenSecret.generate(random);
        PersonalAccessToken token = new PersonalAccessToken(id, tenantId, ownerId, name, scopes, secret.hash(), now,
                expiresAt, null, null, null, null);
        return new IssuedToken(token, secret);
    }

    /** Rebuilds a stored token. */
    public static PersonalAccessToken restore(TokenId id, TenantId tenantId, UserId ownerId, TokenName name,
                                              Set<Scope> scopes, TokenHash secretHash, Instant createdAt,
                                              Instant expiresAt, Instant lastUsedAt, String lastUsedFrom,
                                              Instant revokedAt, String revocationReason) {
        return new PersonalAccessToken(id, tenantId, ownerId, name, scopes, secretHash, createdAt, expiresAt,
                lastUsedAt, lastUsedFrom, revokedAt, revocationReason);
    }

    /** Whether the token may authenticate a request at this instant (not revoked, not expired). */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean allows(Scope scope) {
        return scopes.contains(scope);
    }

    /** Revokes the token for good; revoking a revoked token keeps the first time and reason. */
    public void revoke(Instant now, String reason) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(now, "now");
            revocationReason = Objects.requireNonNull(reason, "reason");
        }
    }

    public void recordUse(Instant now, String clientAddress) {
        lastUsedAt = now;
        lastUsedFrom = clientAddress;
    }

    public TokenId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public TokenName name() {
        return name;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public TokenHash secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<String> lastUsedFrom() {
        return Optional.ofNullable(lastUsedFrom);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
