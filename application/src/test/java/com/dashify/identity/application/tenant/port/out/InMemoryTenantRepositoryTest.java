package com.dashify.identity.application.tenant.port.out;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

class InMemoryTenantRepositoryTest extends TenantRepositoryContract {

    private InMemoryTenantRepository repository;

    @BeforeEach
    void freshStore() {
        repository = new InMemoryTenantRepository();
    }

    @Override
    protected TenantRepository repository() {
        return repository;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
