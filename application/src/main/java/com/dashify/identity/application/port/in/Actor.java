package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting: an authenticated user of one tenant, through a personal access token or
 * through a signed-in console session.
 *
 * @param tokenId the token the user acts through; null when signed in to the console
 */
public record Actor(TenantId tenantId, UserId userId, TokenId tokenId) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
    }

    /** A user acting through a personal access token. */
    public static Actor viaToken(TenantId tenantId, UserId userId, TokenId tokenId) {
        return new Actor(tenantId, userId, Objects.requireNonNull(tokenId, "tokenId"));
    }

    /** A user signed in to the console. */
    public static Actor signedIn(TenantId tenantId, UserId userId) {
        return new Actor(tenantId, userId, null);
    }

    public Optional<TokenId> token() {
        return Optional.ofNullable(tokenId);
    }
}
