package com.dashify.identity.domain.token;

import java.util.Arrays;
import java.util.Optional;

/** What a personal access token may be used for; the owner's current role still applies. */
public enum Scope {
    /** The SCIM 2.0 provisioning API. */
    SCIM("scim"),
    /** Managing personal access tokens through the API. */
    TOKENS("tokens"),
    /** Reading the audit trail. */
    AUDIT("audit");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
