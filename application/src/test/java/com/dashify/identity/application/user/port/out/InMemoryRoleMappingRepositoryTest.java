package com.dashify.identity.application.user.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

class InMemoryRoleMappingRepositoryTest extends RoleMappingRepositoryContract {

    private InMemoryRoleMappingRepository repository;

    @BeforeEach
    void freshStore() {
        repository = new InMemoryRoleMappingRepository();
    }

    @Override
    protected RoleMappingRepository repository() {
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
