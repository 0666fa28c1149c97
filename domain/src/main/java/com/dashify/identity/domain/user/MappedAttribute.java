package com.dashify.identity.domain.user;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A directory attribute a tenant's role mapping may read the role from. */
public enum MappedAttribute {
    /** The primary {@code roles} value, or the only one when just one is given. */
    ROLES(MappedAttribute::primaryRole),
    USER_TYPE(UserProfile::userType),
    TITLE(UserProfile::title),
    DEPARTMENT(profile -> profile.employment().department()),
    DIVISION(profile -> profile.employment().division()),
    ORGANIZATION(profile -> profile.employment().organization()),
    COST_CENTER(profile -> profile.employment().costCenter());

    private final Function<UserProfile, String> reader;

    MappedAttribute(Function<UserProfile, String> reader) {
        this.reader = reader;
    }

    /** The attribute's value in this profile, if it has one. */
    public Optional<String> valueIn(UserProfile profile) {
        return Optional.ofNullable(reader.apply(profile));
    }

    private static String primaryRole(UserProfile profile) {
        List<RoleClaim> claims = profile.roleClaims();
        return claims.stream()
                .filter(claim -> claim.primary() || claims.size() == 1)
                .findFirst()
                .map(RoleClaim::value)
                .orElse(null);
    }
}
