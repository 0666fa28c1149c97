package com.dashify.identity.adapter.rest.scim.bulk;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods a Bulk operation may use (RFC 7644 §3.7: POST, PUT, PATCH or DELETE). */
public enum BulkMethod {
    POST, PUT, PATCH, DELETE;

    /** The method a name stands for, compared without case; empty for any other name. */
    static Optional<BulkMethod> named(String name) {
        for (BulkMethod method : values()) {
            if (method.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
