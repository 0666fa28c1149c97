package com.dashify.identity.application.user.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.RoleMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Role mappings in memory, for application tests; mappings are immutable, so no copies are needed. */
public final class InMemoryRoleMappingRepository implements RoleMappingRepository {

    private final Map<TenantId, RoleMapping> mappings = new HashMap<>();

    @Override
    public synchronized Optional<RoleMapping> find(TenantId tenantId) {
        return Optional.ofNullable(mappings.get(tenantId));
    }

    @Override
    public synchronized void save(TenantId tenantId, RoleMapping mapping) {
        mappings.put(tenantId, mapping);
    }

    @Override
    public synchronized void remove(TenantId tenantId) {
        mappings.remove(tenantId);
    }
}
