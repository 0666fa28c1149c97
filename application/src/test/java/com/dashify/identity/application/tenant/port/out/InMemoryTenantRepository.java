package com.dashify.identity.application.tenant.port.out;

import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A tenant store in memory, for application tests. */
public final class InMemoryTenantRepository implements TenantRepository {

    private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();

    @Override
    public synchronized void add(Tenant tenant) {
        if (tenants.values().stream().anyMatch(other -> other.name().equals(tenant.name()))) {
            throw new TenantNameTakenException(tenant.name());
        }
        tenants.put(tenant.id(), tenant);
    }

    @Override
    public synchronized Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public synchronized Optional<Tenant> findByName(TenantName name) {
        return tenants.values().stream().filter(tenant -> tenant.name().equals(name)).findFirst();
    }
}
