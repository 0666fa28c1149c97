package com.dashify.identity.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/** A customer organisation. Its users, tokens and audit trail are invisible to every other tenant. */
public record Tenant(TenantId id, TenantName name, Instant createdAt) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
