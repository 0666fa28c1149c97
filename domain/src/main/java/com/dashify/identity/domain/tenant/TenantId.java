package com.dashify.identity.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant; every user, token and audit record belongs to exactly one. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId newId() {
        return new TenantId(UUID.randomUUID());
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
