package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.domain.token.PersonalAccessToken;
import java.util.List;

/**
 * Lists tokens for the acting user: their own, and for an Org Admin every token of the tenant with
 * its owner. Secrets are never part of it; only metadata and usage.
 */
public interface ListTokensUseCase {

    TokenList list(Actor actor);

    /**
     * @param own    the actor's tokens, newest first
     * @param tenant every token of the tenant, newest first; empty unless the actor is an Org Admin
     */
    record TokenList(List<TokenSummary> own, List<TokenSummary> tenant) {

        public TokenList {
            own = List.copyOf(own);
            tenant = List.copyOf(tenant);
        }
    }

    /** A token with its owner's user name. */
    record TokenSummary(PersonalAccessToken token, String ownerUserName) {
    }
}
