package com.dashify.identity.application.token.port.out;

import com.dashify.identity.application.user.port.out.InMemoryUserRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.function.Supplier;

class InMemoryTokenRepositoryTest extends TokenRepositoryContract {

    // Built with each test instance, before the contract's own set-up adds the owner.
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryTokenRepository repository = new InMemoryTokenRepository(users);

    private final InMemoryTokenCallCounts callCounts = new InMemoryTokenCallCounts();

    @Override
    protected TokenCallCounts callCounts() {
        return callCounts;
    }

    @Override
    protected TokenRepository repository() {
        return repository;
    }

    @Override
    protected UserRepository users() {
        return users;
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
