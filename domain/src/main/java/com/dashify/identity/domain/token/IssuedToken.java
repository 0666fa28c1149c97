package com.dashify.identity.domain.token;

import java.util.Objects;

/** A token just issued, with the secret that exists in this object only. */
public record IssuedToken(PersonalAccessToken token, TokenSecret secret) {

    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }
}
