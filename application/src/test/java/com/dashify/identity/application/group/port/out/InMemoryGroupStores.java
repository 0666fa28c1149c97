package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.user.port.out.InMemoryUserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.function.Supplier;

/** The in-memory group, membership and user stores, wired to one another as application tests wire them. */
final class InMemoryGroupStores implements GroupStores {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryGroupRepository groups = new InMemoryGroupRepository();
    private final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository(groups, users);

    @Override
    public GroupRepository groups() {
        return groups;
    }

    @Override
    public MembershipRepository memberships() {
        return memberships;
    }

    @Override
    public InMemoryUserRepository users() {
        return users;
    }

    @Override
    public void givenTenant(TenantId tenantId) {
        // The in-memory stores keep no tenant references.
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
