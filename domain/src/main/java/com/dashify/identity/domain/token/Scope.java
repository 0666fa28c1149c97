package com.dashify.identity.domain.token;

import com.dashify.identity.domain.user.Role;
import java.util.Arrays;
import java.util.Optional;

/** What a personal access token may be used for; the owner's current role still applies. */
public enum Scope {
    /** The SCIM 2.0 provisioning API. */
    SCIM("scim", Role.ORG_ADMIN),
    /** Managing personal access tokens through the API. */
    TOKENS("tokens", Role.ORG_ADMIN),
    /** Reading the audit trail. */
    AUDIT("audit", Role.ORG_ADMIN),
    /** The organisation's settings through the API: role mapping and SSO sign-in. */
    SETTINGS("settings", Role.ORG_ADMIN),
    /** The Dashify API as the owner ({@code /me}, dashboards), with what their current role permits. */
    API("api", Role.VIEWER);

    private final String wireName;
    private final Role requiredRole;

    Scope(String wireName, Role requiredRole) {
        this.wireName = wireName;
        this.requiredRole = requiredRole;
    }

    /**
     * The least role the token's owner must hold, at the time of each request, for the token to be
     * used with this scope; and to be issued it.
     */
    public Role requiredRole() {
        return requiredRole;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> named(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equalsIgnoreCase(name)).findFirst();
    }
}
