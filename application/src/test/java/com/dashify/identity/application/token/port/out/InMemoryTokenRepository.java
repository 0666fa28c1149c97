package com.dashify.identity.application.token.port.out;

import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A token store in memory, for application tests. It keeps copies, as a database would. */
public final class InMemoryTokenRepository implements TokenRepository {

    private final Map<TokenId, PersonalAccessToken> tokens = new LinkedHashMap<>();
    private final UserRepository owners;

    /** A store whose tokens' owners are found in {@code owners}, as a join would find them. */
    public InMemoryTokenRepository(UserRepository owners) {
        this.owners = owners;
    }

    @Override
    public synchronized void add(PersonalAccessToken token) {
        tokens.put(token.id(), copy(token));
    }

    @Override
    public synchronized void update(PersonalAccessToken token) {
        if (!tokens.containsKey(token.id())) {
            throw new IllegalStateException("update of a token that was never added");
        }
        tokens.put(token.id(), copy(token));
    }

    @Override
    public synchronized Optional<TokenAndOwner> findByHashWithOwner(TokenHash hash) {
        return findByHash(hash).flatMap(token -> owners.standingOf(token.tenantId(), token.ownerId())
                .map(owner -> new TokenAndOwner(token, owner)));
    }

    /** The token whose secret has this hash, as stored; for assertions. */
    public synchronized Optional<PersonalAccessToken> findByHash(TokenHash hash) {
        return tokens.values().stream().filter(token -> token.secretHash().equals(hash)).findFirst().map(
                InMemoryTokenRepository::copy);
    }

    @Override
    public synchronized Optional<PersonalAccessToken> findById(TenantId tenantId, TokenId tokenId) {
        return Optional.ofNullable(tokens.get(tokenId)).filter(token -> token.tenantId().equals(tenantId))
                .map(InMemoryTokenRepository::copy);
    }

    @Override
    public synchronized Map<TokenId, TokenName> names(TenantId tenantId, Collection<TokenId> tokenIds) {
        Map<TokenId, TokenName> names = new HashMap<>();
        tokenIds.forEach(id -> findById(tenantId, id).ifPresent(token -> names.put(id, token.name())));
        return names;
    }

    @Override
    public synchronized List<PersonalAccessToken> findAllOfTenant(TenantId tenantId) {
        return tokens.values().stream().filter(token -> token.tenantId().equals(tenantId))
                .sorted(java.util.Comparator.comparing(PersonalAccessToken::createdAt).reversed())
                .map(InMemoryTokenRepository::copy).toList();
    }

    @Override
    public synchronized List<PersonalAccessToken> findUnrevokedOwnedBy(TenantId tenantId, UserId ownerId) {
        return tokens.values().stream()
                .filter(token -> token.tenantId().equals(tenantId) && token.ownerId().equals(ownerId))
                .filter(token -> token.revokedAt().isEmpty())
                .map(InMemoryTokenRepository::copy)
                .toList();
    }

    /** All stored tokens, as stored; for assertions. */
    public synchronized List<PersonalAccessToken> all() {
        return tokens.values().stream().map(InMemoryTokenRepository::copy).toList();
    }

    private static PersonalAccessToken copy(PersonalAccessToken token) {
        return PersonalAccessToken.restore(token.id(), token.tenantId(), token.ownerId(), token.name(), token.scopes(),
                token.secretHash(), token.createdAt(), token.expiresAt().orElse(null),
                token.lastUsedAt().orElse(null), token.lastUsedFrom().orElse(null), token.revokedAt().orElse(null),
                token.revocationReason().orElse(null));
    }
}
