package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the group contracts share: the three stores a group's state lives in (groups, memberships,
 * and the users they name), two tenants, and ways to fill them. Each test starts from stores with
 * nothing in {@link #tenant} or {@link #otherTenant}.
 */
public abstract class GroupStoresContract {

    protected static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    protected TenantId tenant;
    protected TenantId otherTenant;

    /** The stores under test. */
    protected abstract GroupStores stores();

    protected GroupRepository groups() {
        return stores().groups();
    }

    protected MembershipRepository memberships() {
        return stores().memberships();
    }

    protected UserRepository users() {
        return stores().users();
    }

    protected <T> T inTransaction(Supplier<T> work) {
        return stores().inTransaction(work);
    }

    @BeforeEach
    void createTenants() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        stores().givenTenant(tenant);
        stores().givenTenant(otherTenant);
    }

    protected Group group(TenantId tenantId, String displayName) {
        return group(tenantId, displayName, null, T0);
    }

    protected Group group(TenantId tenantId, String displayName, String externalId, Instant createdAt) {
        Group group = Group.create(GroupId.newId(), tenantId, new GroupName(displayName),
                externalId == null ? null : new ExternalId(externalId), createdAt);
        return inTransaction(() -> groups().add(group));
    }

    /** A live user; shown in a group by its display name when it has one, else by its user name. */
    protected UserId user(TenantId tenantId, String userName, String displayName) {
        UserProfile profile = new UserProfile(PersonName.EMPTY, displayName, null, null, null, null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), Employment.EMPTY);
        User user = User.provision(UserId.newId(), tenantId, new UserName(userName), null, profile, Role.VIEWER,
                true, T0);
        return inTransaction(() -> users().add(user)).id();
    }

    protected UserId user(TenantId tenantId, String userName) {
        return user(tenantId, userName, null);
    }

    /** As many users, added in one transaction. */
    protected List<UserId> users(TenantId tenantId, int count) {
        List<User> users = IntStream.range(0, count).mapToObj(i -> User.provision(UserId.newId(), tenantId,
                new UserName("user" + i), null, UserProfile.EMPTY, Role.VIEWER, true, T0)).toList();
        return inTransaction(() -> users.stream().map(user -> users().add(user).id()).toList());
    }

    protected void deleteUser(TenantId tenantId, UserId userId) {
        inTransaction(() -> {
            User user = users().findForUpdate(tenantId, userId).orElseThrow();
            user.delete(T0.plusSeconds(60));
            return users().update(user);
        });
    }

    protected Set<UserId> join(TenantId tenantId, Group group, UserId... members) {
        return inTransaction(() -> memberships().add(tenantId, group.id(), List.of(members)));
    }
}
