package com.dashify.identity.domain.user;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do in Dashify. Exactly one per user, derived through the tenant's role mapping. */
public enum Role {
    ORG_ADMIN("OrgAdmin"),
    EDITOR("Editor"),
    VIEWER("Viewer");

    private final String displayName;

    Role(String displayName) {
        this.displayName = displayName;
    }

    /** The name used on the wire and in role mappings, such as {@code OrgAdmin}. */
    public String displayName() {
        return displayName;
    }

    /** The role with this name, compared case-insensitively; empty when none has it. */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values()).filter(role -> role.displayName.equalsIgnoreCase(wanted)).findFirst();
    }
}
