package com.dashify.identity.application.group.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MembershipRepository} must do, run against the in-memory store and the JPA
 * store on H2 and on PostgreSQL: changes report only what really changed, since the audit trail
 * and the role changes follow from them, and nothing of another tenant is seen or changed.
 */
public abstract class MembershipRepositoryContract extends GroupStoresContract {

    private Set<UserId> memberIds(Group group) {
        return inTransaction(() -> memberships().memberIds(tenant, group.id()));
    }

    private List<GroupMember> slice(Group group, Optional<UserId> after, int limit) {
        return inTransaction(() -> memberships().members(tenant, group.id(), after, limit));
    }

    @Test
    void addReturnsOnlyTheUsersThatWereNotMembers() {
        Group group = group(tenant, "Engineering");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        UserId cy = user(tenant, "cy");

        assertThat(join(tenant, group, ada, bob)).containsExactlyInAnyOrder(ada, bob);
        assertThat(join(tenant, group, bob, cy, cy)).containsExactly(cy);
        assertThat(join(tenant, group, ada)).isEmpty();

        assertThat(memberIds(group)).containsExactlyInAnyOrder(ada, bob, cy);
        assertThat(inTransaction(() -> memberships().countMembers(tenant, group.id()))).isEqualTo(3);
    }

    @Test
    void membersOfSeveralGroupsAreCountedAtOnceAndAnEmptyGroupIsAbsent() {
        Group engineering = group(tenant, "Engineering");
        Group sales = group(tenant, "Sales");
        Group empty = group(tenant, "Nobody");
        Group theirs = group(otherTenant, "Theirs");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        join(tenant, engineering, ada, bob);
        join(tenant, sales, ada);
        join(otherTenant, theirs, user(otherTenant, "eve"));

        assertThat(inTransaction(() -> memberships().countMembers(tenant,
                List.of(engineering.id(), sales.id(), empty.id(), theirs.id()))))
                .containsOnly(entry(engineering.id(), 2L), entry(sales.id(), 1L));
    }

    @Test
    void removeReturnsOnlyTheUsersThatWereMembers() {
        Group group = group(tenant, "Engineering");
        Group other = group(tenant, "Sales");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        join(tenant, group, ada);
        join(tenant, other, bob);

        assertThat(inTransaction(() -> memberships().remove(tenant, group.id(), List.of(ada, bob))))
                .containsExactly(ada);
        assertThat(inTransaction(() -> memberships().remove(tenant, group.id(), List.of(ada)))).isEmpty();

        assertThat(memberIds(group)).isEmpty();
        assertThat(memberIds(other)).containsExactly(bob);
    }

    @Test
    void manyMembersChangeInOneCall() {
        Group group = group(tenant, "Everyone");
        // More than one statement's worth of ids, for stores that send them in chunks.
        List<UserId> users = users(tenant, 1_100);

        assertThat(inTransaction(() -> users().lockLive(tenant, users))).hasSize(1_100);
        assertThat(inTransaction(() -> memberships().add(tenant, group.id(), users))).hasSize(1_100);
        assertThat(inTransaction(() -> memberships().add(tenant, group.id(), users))).isEmpty();
        assertThat(inTransaction(() -> memberships().groupsOf(tenant, users))).hasSize(1_100);
        assertThat(inTransaction(() -> memberships().remove(tenant, group.id(), users.subList(0, 1_001))))
                .hasSize(1_001);
        assertThat(inTransaction(() -> memberships().countMembers(tenant, group.id()))).isEqualTo(99);
    }

    @Test
    void removeAllEndsEveryMembershipOfTheGroupOnly() {
        Group group = group(tenant, "Engineering");
        Group other = group(tenant, "Sales");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        join(tenant, group, ada, bob);
        join(tenant, other, ada);

        assertThat(inTransaction(() -> memberships().removeAll(tenant, group.id()))).containsExactlyInAnyOrder(ada, bob);

        assertThat(memberIds(group)).isEmpty();
        assertThat(memberIds(other)).containsExactly(ada);
        assertThat(inTransaction(() -> memberships().removeAll(tenant, group.id()))).isEmpty();
    }

    @Test
    void removeUserEndsEveryMembershipOfTheUserAndNamesTheGroupsItLeft() {
        Group engineering = group(tenant, "Engineering");
        Group sales = group(tenant, "Sales");
        group(tenant, "Marketing");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        join(tenant, engineering, ada, bob);
        join(tenant, sales, ada);

        List<GroupRef> left = inTransaction(() -> memberships().removeUser(tenant, ada));

        assertThat(left).containsExactlyInAnyOrder(engineering.ref(), sales.ref());
        assertThat(memberIds(engineering)).containsExactly(bob);
        assertThat(memberIds(sales)).isEmpty();
        assertThat(inTransaction(() -> memberships().removeUser(tenant, ada))).isEmpty();
    }

    @Test
    void slicesPageThroughEveryMemberOnceInOneOrderShowingTheirNames() {
        Group group = group(tenant, "Engineering");
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            users.add(user(tenant, "user" + i, i % 2 == 0 ? "User Number " + i : null));
        }
        join(tenant, group, users.toArray(UserId[]::new));
        join(tenant, group(tenant, "Other"), user(tenant, "outsider"));

        List<GroupMember> whole = slice(group, Optional.empty(), 100);
        List<GroupMember> paged = new ArrayList<>();
        Optional<UserId> after = Optional.empty();
        List<GroupMember> page;
        do {
            page = slice(group, after, 3);
            assertThat(page.size()).isLessThanOrEqualTo(3);
            paged.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).userId());
        } while (!page.isEmpty());

        assertThat(paged).isEqualTo(whole).hasSize(7).doesNotHaveDuplicates();
        assertThat(slice(group, Optional.empty(), 0)).isEmpty();
        assertThat(whole).extracting(GroupMember::userId).containsExactlyInAnyOrderElementsOf(users);
        for (int i = 0; i < 7; i++) {
            UserId id = users.get(i);
            assertThat(whole).filteredOn(member -> member.userId().equals(id)).extracting(GroupMember::display)
                    .containsExactly(i % 2 == 0 ? "User Number " + i : "user" + i);
        }
    }

    @Test
    void groupsOfAUserAndOfManyAtOnce() {
        Group engineering = group(tenant, "Engineering", "eng", T0);
        Group sales = group(tenant, "Sales");
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        UserId cy = user(tenant, "cy");
        join(tenant, engineering, ada, bob);
        join(tenant, sales, ada);

        Map<UserId, List<GroupRef>> groups = inTransaction(() -> memberships().groupsOf(tenant, List.of(ada, bob, cy)));

        assertThat(groups).containsOnlyKeys(ada, bob);
        assertThat(groups.get(ada)).containsExactlyInAnyOrder(engineering.ref(), sales.ref());
        assertThat(groups.get(bob)).containsExactly(engineering.ref());
        assertThat(inTransaction(() -> memberships().groupsOf(tenant, cy))).isEmpty();
        assertThat(inTransaction(() -> memberships().usersInAnyGroup(tenant))).containsExactlyInAnyOrder(ada, bob);
    }

    @Test
    void nothingOfAnotherTenantIsSeenOrChanged() {
        Group theirs = group(otherTenant, "Theirs");
        UserId their = user(otherTenant, "their");
        join(otherTenant, theirs, their);
        UserId ours = user(tenant, "ours");

        assertThat(join(tenant, theirs, ours)).isEmpty();
        assertThat(inTransaction(() -> memberships().remove(tenant, theirs.id(), List.of(their)))).isEmpty();
        assertThat(inTransaction(() -> memberships().removeAll(tenant, theirs.id()))).isEmpty();
        assertThat(inTransaction(() -> memberships().removeUser(tenant, their))).isEmpty();
        assertThat(inTransaction(() -> memberships().memberIds(tenant, theirs.id()))).isEmpty();
        assertThat(inTransaction(() -> memberships().members(tenant, theirs.id(), Optional.empty(), 10))).isEmpty();
        assertThat(inTransaction(() -> memberships().countMembers(tenant, theirs.id()))).isZero();
        assertThat(inTransaction(() -> memberships().groupsOf(tenant, List.of(their)))).isEmpty();
        assertThat(inTransaction(() -> memberships().usersInAnyGroup(tenant))).isEmpty();

        assertThat(inTransaction(() -> memberships().memberIds(otherTenant, theirs.id()))).containsExactly(their);
    }

    @Test
    void lockLiveFindsOnlyTheLiveUsersOfTheTenant() {
        UserId live = user(tenant, "live");
        UserId deleted = user(tenant, "deleted");
        deleteUser(tenant, deleted);
        UserId theirs = user(otherTenant, "theirs");

        assertThat(inTransaction(() -> users().lockLive(tenant, List.of(live, deleted, theirs, UserId.newId()))))
                .containsExactly(live);
    }
}
