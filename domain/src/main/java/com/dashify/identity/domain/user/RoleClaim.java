package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.Values;

/**
 * A role value as the directory states it (SCIM {@code roles}). It is an input to the tenant's
 * role mapping, not a Dashify {@link Role} by itself.
 */
public record RoleClaim(String value, String type, boolean primary, String display) {

    public RoleClaim {
        value = Values.requiredText("roles.value", value, 256);
        type = Values.optionalText("roles.type", type, 64);
        display = Values.optionalText("roles.display", display, 256);
    }
}
