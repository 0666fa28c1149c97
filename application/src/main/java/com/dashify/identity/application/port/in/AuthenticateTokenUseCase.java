package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.token.Scope;
import java.util.Objects;

/**
 * Turns a presented bearer token into the {@link Actor} it acts as. The token must be
 * well-formed, known, unrevoked and unexpired, its owner active; then it must carry the scope
 * and its owner hold the role the scope needs.
 */
public interface AuthenticateTokenUseCase {

    /**
     * @throws AuthenticationFailedException when the token cannot authenticate anyone (HTTP 401)
     * @throws AccessDeniedException         when it authenticates someone not allowed this (HTTP 403)
     */
    Actor authenticate(AuthenticateTokenCommand command);

    /** The token as presented, the scope the call needs, and where the call came from. */
    record AuthenticateTokenCommand(String presentedToken, Scope requiredScope, String clientAddress) {

        public AuthenticateTokenCommand {
            Objects.requireNonNull(requiredScope, "requiredScope");
        }

        /** Keeps the presented token out of logs that print objects. */
        @Override
        public String toString() {
            return "AuthenticateTokenCommand[requiredScope=" + requiredScope + ", clientAddress=" + clientAddress + "]";
        }
    }
}
