package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is a member of which group, one row per membership: changing one member neither reads nor
 * writes the others, whatever the size of the group. Every method is scoped to one tenant; the
 * callers have checked that the users are live users of it.
 */
public interface MembershipRepository {

    /** Makes the users members of the group; returns those that were not members before. */
    Set<UserId> add(TenantId tenantId, GroupId groupId, Collection<UserId> users);

    /** Ends the users' memberships of the group; returns those that were members. */
    Set<UserId> remove(TenantId tenantId, GroupId groupId, Collection<UserId> users);

    /** Ends every membership of the group; returns who the members were. */
    Set<UserId> removeAll(TenantId tenantId, GroupId groupId);

    /** Ends every membership of the user, as its deletion does; returns the groups it left. */
    List<GroupRef> removeUser(TenantId tenantId, UserId userId);

    /** Every member of the group, by id: what replacing the whole list compares against. */
    Set<UserId> memberIds(TenantId tenantId, GroupId groupId);

    /**
     * One slice of the group's members in the order of their ids, from just after {@code after}
     * (empty: from the first), at most {@code limit}: a group of any size is read a slice at a time.
     */
    List<GroupMember> members(TenantId tenantId, GroupId groupId, Optional<UserId> after, int limit);

    long countMembers(TenantId tenantId, GroupId groupId);

    /** How many members each of these groups has, counted in one go; a group with none is absent. */
    Map<GroupId, Long> countMembers(TenantId tenantId, Collection<GroupId> groups);

    /** The groups each of these users is a member of; a user in none is absent from the map. */
    Map<UserId, List<GroupRef>> groupsOf(TenantId tenantId, Collection<UserId> users);

    /** Every user of the tenant that is a member of at least one group. */
    Set<UserId> usersInAnyGroup(TenantId tenantId);

    /** The groups a user is a member of. */
    default List<GroupRef> groupsOf(TenantId tenantId, UserId user) {
        return groupsOf(tenantId, List.of(user)).getOrDefault(user, List.of());
    }
}
