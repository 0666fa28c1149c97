package com.dashify.identity.domain.user;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may do in Dashify. Exactly one per user, derived through the tenant's role mapping.
 * Each role includes the permissions of the roles below it.
 */
public enum Role {
    ORG_ADMIN("OrgAdmin", 3, EnumSet.allOf(Permission.class)),
    EDITOR("Editor", 2, EnumSet.of(Permission.VIEW_DASHBOARDS, Permission.EDIT_DASHBOARDS)),
    VIEWER("Viewer", 1, EnumSet.of(Permission.VIEW_DASHBOARDS));

    private final String displayName;
    private final int rank;
    private final Set<Permission> permissions;

    Role(String displayName, int rank, Set<Permission> permissions) {
        this.displayName = displayName;
        this.rank = rank;
        this.permissions = Set.copyOf(permissions);
    }

    /** The name used on the wire and in role mappings, such as {@code OrgAdmin}. */
    public String displayName() {
        return displayName;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether this role grants more than the other; mappings resolve several matches to the highest. */
    public boolean outranks(Role other) {
        return rank > other.rank;
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
