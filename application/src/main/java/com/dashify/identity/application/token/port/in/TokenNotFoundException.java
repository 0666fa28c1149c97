package com.dashify.identity.application.token.port.in;

import com.dashify.identity.domain.token.TokenId;

/** No such token in the caller's tenant, or not one the caller may see. */
public final class TokenNotFoundException extends RuntimeException {

    public TokenNotFoundException(TokenId id) {
        super("token " + id + " not found");
    }
}
