package com.dashify.identity.domain.user;

/** Decides a user's Dashify role from what the directory says about them. */
public interface RoleMapping {

    Role roleFor(UserProfile profile);

    /**
     * The mapping of a tenant that has not configured one: the primary {@code roles} value
     * (or the only value, when just one is given) if it names a Dashify role, else
     * {@link Role#VIEWER}. A directory therefore cannot grant a role by any other attribute.
     */
    static RoleMapping byDefault() {
        return profile -> profile.roleClaims().stream()
                .filter(claim -> claim.primary() || profile.roleClaims().size() == 1)
                .findFirst()
                .flatMap(claim -> Role.named(claim.value()))
                .orElse(Role.VIEWER);
    }
}
