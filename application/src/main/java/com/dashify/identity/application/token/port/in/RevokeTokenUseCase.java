package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.token.TokenId;
import java.util.Objects;

/**
 * Revokes a token at once: the next request that presents it is refused as unauthenticated.
 * Users revoke their own tokens; Org Admins any token of their tenant. Revoking a revoked token
 * changes nothing.
 */
public interface RevokeTokenUseCase {

    /**
     * @throws TokenNotFoundException when the token is not in the actor's tenant or not theirs to revoke
     */
    void revoke(RevokeTokenCommand command);

    /** Which token, by whom, from which request. */
    record RevokeTokenCommand(Actor actor, TokenId tokenId, RequestContext request) {

        public RevokeTokenCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(tokenId, "tokenId");
            Objects.requireNonNull(request, "request");
        }
    }
}
