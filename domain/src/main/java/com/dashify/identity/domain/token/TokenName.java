package com.dashify.identity.domain.token;

import com.dashify.identity.domain.common.Values;

/** The label an admin gives a token, such as "Okta provisioning", to recognise it later. */
public record TokenName(String value) {

    public TokenName {
        value = Values.requiredText("name", value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
