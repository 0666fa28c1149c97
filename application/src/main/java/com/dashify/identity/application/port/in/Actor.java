package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/** Who is acting: an authenticated user of one tenant, through one personal access token. */
public record Actor(TenantId tenantId, UserId userId, TokenId tokenId) {

    public Actor {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
