package com.dashify.identity.application.sso.port.out;

import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** SSO configurations in memory, for application tests; they are immutable, so no copies are needed. */
public final class InMemorySsoConfigurationRepository implements SsoConfigurationRepository {

    private final Map<TenantId, SsoConfiguration> configurations = new HashMap<>();

    @Override
    public synchronized Optional<SsoConfiguration> find(TenantId tenantId) {
        return Optional.ofNullable(configurations.get(tenantId));
    }

    @Override
    public synchronized void save(SsoConfiguration configuration) {
        configurations.put(configuration.tenantId(), configuration);
    }

    @Override
    public synchronized void remove(TenantId tenantId) {
        configurations.remove(tenantId);
    }
}
