package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.token.Scope;
import java.util.Objects;

/**
 * Turns a presented bearer token into the {@link Actor} it acts as. The token must be
 * well-formed, known, unrevoked and unexpired, its owner active; then it must carry the scope
 * and its owner hold the role the scope needs. A refused token that belongs to a tenant (revoked,
 * expired, owner inactive, scope or role missing) leaves a record in that tenant's audit trail
 * even though the request fails.
 */
public interface AuthenticateTokenUseCase {

    /**
     * @throws AuthenticationFailedException when the token cannot authenticate anyone
     * @throws AccessDeniedException         when it authenticates someone not allowed this
     */
    Actor authenticate(AuthenticateTokenCommand command);

    /**
     * The token as presented, the scope the call needs, and the request: a refusal that can be
     * traced to a tenant's token is recorded in that tenant's audit trail, with the request's
     * payload (what was asked for, never the token).
     */
    record AuthenticateTokenCommand(String presentedToken, Scope requiredScope, RequestContext request) {

        public AuthenticateTokenCommand {
            Objects.requireNonNull(requiredScope, "requiredScope");
            Objects.requireNonNull(request, "request");
        }

        /** Keeps the presented token out of logs that print objects. */
        @Override
        public String toString() {
            return "AuthenticateTokenCommand[requiredScope=" + requiredScope + ", request=" + request + "]";
        }
    }
}
