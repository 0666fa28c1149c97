package com.dashify.identity.application.user.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.RoleMapping;
import java.util.Optional;

/** Stores each tenant's role mapping; a tenant without one uses {@link RoleMapping#byDefault()}. */
public interface RoleMappingRepository {

    Optional<RoleMapping> find(TenantId tenantId);

    /** Replaces the tenant's mapping. */
    void save(TenantId tenantId, RoleMapping mapping);

    /** Removes the tenant's mapping, so that the default applies. */
    void remove(TenantId tenantId);

    /** The mapping in force for the tenant: its own, or the default. */
    default RoleMapping inForce(TenantId tenantId) {
        return find(tenantId).orElseGet(RoleMapping::byDefault);
    }
}
