package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenName;
import java.util.Objects;
import java.util.Set;

/**
 * Issues a personal access token to the acting user. Each scope needs the role it names, now and
 * at every use; the secret is returned this once and only its hash is stored.
 */
public interface IssueTokenUseCase {

    /**
     * @throws AccessDeniedException when the actor's role does not allow a requested scope
     * @throws com.dashify.identity.domain.common.InvalidValueException for a bad lifetime
     */
    IssuedToken issue(IssueTokenCommand command);

    /**
     * @param expiresInDays the token's lifetime, 1 to 3650 days, or null for a token that does not expire
     */
    record IssueTokenCommand(Actor actor, TokenName name, Set<Scope> scopes, Integer expiresInDays,
                             RequestContext request) {

        public IssueTokenCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
            scopes = Set.copyOf(scopes);
            Objects.requireNonNull(request, "request");
        }
    }
}
