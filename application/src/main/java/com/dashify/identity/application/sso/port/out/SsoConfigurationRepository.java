package com.dashify.identity.application.sso.port.out;

import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.Optional;

/** Stores each tenant's single sign-on configuration, client secret included. */
public interface SsoConfigurationRepository {

    Optional<SsoConfiguration> find(TenantId tenantId);

    void save(SsoConfiguration configuration);

    void remove(TenantId tenantId);
}
