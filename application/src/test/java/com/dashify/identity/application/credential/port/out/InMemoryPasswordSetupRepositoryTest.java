package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

class InMemoryPasswordSetupRepositoryTest extends PasswordSetupRepositoryContract {

    private InMemoryPasswordSetupRepository repository;

    @BeforeEach
    void freshStore() {
        repository = new InMemoryPasswordSetupRepository();
    }

    @Override
    protected PasswordSetupRepository repository() {
        return repository;
    }

    @Override
    protected void givenTenant(TenantId tenantId) {
        // The in-memory store keeps no tenant references.
    }

    @Override
    protected UserId givenUser(TenantId tenantId) {
        return UserId.newId();
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
