package com.dashify.identity.application.tenant.port.out;

import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import java.util.Optional;

/** Stores tenants. */
public interface TenantRepository {

    /**
     * @throws com.dashify.identity.domain.tenant.TenantNameTakenException when the name is taken, even when two adds race
     */
    void add(Tenant tenant);

    Optional<Tenant> findById(TenantId id);

    Optional<Tenant> findByName(TenantName name);
}
