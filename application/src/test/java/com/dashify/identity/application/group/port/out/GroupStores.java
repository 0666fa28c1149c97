package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.function.Supplier;

/** The stores a group's state lives in, of one kind (in memory, or JPA on one database), as the contracts use them. */
public interface GroupStores {

    GroupRepository groups();

    MembershipRepository memberships();

    /** Where the members are users. */
    UserRepository users();

    /** Makes the tenant exist, for stores that check references. */
    void givenTenant(TenantId tenantId);

    /** Runs work in one transaction of the stores. */
    <T> T inTransaction(Supplier<T> work);
}
