package com.dashify.identity.application.common.port.in;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting: an authenticated user of one tenant, through a personal access token or
 * through a signed-in browser session.
 *
 * @param tokenId   the token the user acts through; null when signed in in a browser
 * @param sessionId the browser session the user acts through; null through a token, or while
 *                  signing in, before the session exists
 */
public record Actor(TenantId tenantId, UserId userId, TokenId tokenId, SessionId sessionId) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
    }

    /** A user acting through a personal access token. */
    public static Actor viaToken(TenantId tenantId, UserId userId, TokenId tokenId) {
        return new Actor(tenantId, userId, Objects.requireNonNull(tokenId, "tokenId"), null);
    }

    /** A user signing in, before their session exists. */
    public static Actor signingIn(TenantId tenantId, UserId userId) {
        return new Actor(tenantId, userId, null, null);
    }

    /** A user acting through a signed-in browser session. */
    public static Actor inSession(TenantId tenantId, UserId userId, SessionId sessionId) {
        return new Actor(tenantId, userId, null, Objects.requireNonNull(sessionId, "sessionId"));
    }

    public Optional<TokenId> token() {
        return Optional.ofNullable(tokenId);
    }
}
