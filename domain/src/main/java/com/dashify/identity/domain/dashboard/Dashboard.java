package com.dashify.identity.domain.dashboard;

import com.dashify.identity.domain.common.Values;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A dashboard of one tenant, with who created it and when. */
public record Dashboard(UUID id, TenantId tenantId, String name, UserId createdBy, Instant createdAt) {

    public Dashboard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        name = Values.requiredText("name", name, 200);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Dashboard create(TenantId tenantId, String name, UserId createdBy, Instant now) {
        return new Dashboard(UUID.randomUUID(), tenantId, name, createdBy, now);
    }
}
