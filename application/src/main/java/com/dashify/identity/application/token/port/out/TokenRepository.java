package com.dashify.identity.application.token.port.out;

import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores personal access tokens by the hash of their secret. */
public interface TokenRepository {

    void add(PersonalAccessToken token);

    /** Stores a changed token (revoked, or used). */
    void update(PersonalAccessToken token);

    /**
     * The token whose secret has this hash, in whichever tenant it is, with its owner's standing
     * as stored now: what every authenticated request reads, in one query. A token whose owner is
     * not a user of the token's own tenant is not found.
     */
    Optional<TokenAndOwner> findByHashWithOwner(TokenHash hash);

    /** A token of the tenant; tokens of other tenants are not found. */
    Optional<PersonalAccessToken> findById(TenantId tenantId, TokenId tokenId);

    /**
     * The names of those of these ids that are tokens of the tenant, revoked and expired ones
     * included: what the audit trail shows beside the ids it holds. Ids of other tenants are left out.
     */
    Map<TokenId, TokenName> names(TenantId tenantId, Collection<TokenId> tokenIds);

    /** Every token of the tenant, revoked and expired ones included, newest first. */
    List<PersonalAccessToken> findAllOfTenant(TenantId tenantId);

    /** The tokens a user owns that are not revoked (expired ones included). */
    List<PersonalAccessToken> findUnrevokedOwnedBy(TenantId tenantId, UserId ownerId);

    /** A token and the standing of the user who owns it. */
    record TokenAndOwner(PersonalAccessToken token, UserRepository.Standing owner) {
    }
}
