package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.domain.token.TokenId;

/** No such token in the caller's tenant, or not one the caller may see. */
public final class TokenNotFoundException extends RefusedException {

    public TokenNotFoundException(TokenId id) {
        super(Refusal.NOT_FOUND, "token " + id + " not found");
    }
}
