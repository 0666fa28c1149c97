package com.dashify.identity.application.sso.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

class InMemorySsoConfigurationRepositoryTest extends SsoConfigurationRepositoryContract {

    private InMemorySsoConfigurationRepository repository;

    @BeforeEach
    void freshStore() {
        repository = new InMemorySsoConfigurationRepository();
    }

    @Override
    protected SsoConfigurationRepository repository() {
        return repository;
    }

    @Override
    protected void givenTenant(TenantId tenantId) {
        // The in-memory store keeps no tenant references.
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
