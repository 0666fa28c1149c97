package com.dashify.identity.application.passkey.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.function.Supplier;

class InMemoryPasskeyRepositoryTest extends PasskeyRepositoryContract {

    private final InMemoryPasskeyRepository repository = new InMemoryPasskeyRepository();

    @Override
    protected PasskeyRepository repository() {
        return repository;
    }

    @Override
    protected void givenTenant(TenantId tenantId) {
        // The in-memory store keeps no tenant references.
    }

    @Override
    protected void givenUser(TenantId tenantId, UserId userId) {
        // Nor user references.
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
