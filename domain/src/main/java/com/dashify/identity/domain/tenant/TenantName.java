package com.dashify.identity.domain.tenant;

import com.dashify.identity.domain.common.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A tenant's short name, such as {@code acme}: lower-case letters, digits and inner hyphens,
 * at most 63 characters, so that it can also serve as a host label. Unique across tenants.
 */
public record TenantName(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public TenantName {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidValueException("name",
                    "must be 1 to 63 lower-case letters, digits or inner hyphens");
        }
    }

    /** Accepts the name in any case and stores it in lower case. */
    public static TenantName of(String value) {
        return new TenantName(value == null ? null : value.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
