package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.application.user.port.out.InMemoryUserRepository;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Memberships in memory, for application tests; the contract test holds it to the JPA store's behaviour. */
public final class InMemoryMembershipRepository implements MembershipRepository {

    private final Map<GroupId, Set<UserId>> members = new HashMap<>();
    private final InMemoryGroupRepository groups;
    private final InMemoryUserRepository users;

    public InMemoryMembershipRepository(InMemoryGroupRepository groups, InMemoryUserRepository users) {
        this.groups = groups;
        this.users = users;
        groups.answerMembersFrom(this);
    }

    @Override
    public synchronized Set<UserId> add(TenantId tenantId, GroupId groupId, Collection<UserId> joining) {
        if (groups.findById(tenantId, groupId).isEmpty()) {
            // A group of another tenant takes no members (membersOf would hand out a set of nobody's).
            return Set.of();
        }
        Set<UserId> current = membersOf(tenantId, groupId);
        return joining.stream().filter(current::add).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public synchronized Set<UserId> remove(TenantId tenantId, GroupId groupId, Collection<UserId> leaving) {
        Set<UserId> current = membersOf(tenantId, groupId);
        return leaving.stream().filter(current::remove).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public synchronized Set<UserId> removeAll(TenantId tenantId, GroupId groupId) {
        Set<UserId> current = membersOf(tenantId, groupId);
        Set<UserId> removed = new HashSet<>(current);
        current.clear();
        return removed;
    }

    @Override
    public synchronized List<GroupRef> removeUser(TenantId tenantId, UserId userId) {
        List<GroupRef> left = groupsOf(tenantId, userId);
        left.forEach(group -> members.get(group.id()).remove(userId));
        return left;
    }

    @Override
    public synchronized Set<UserId> memberIds(TenantId tenantId, GroupId groupId) {
        return Set.copyOf(membersOf(tenantId, groupId));
    }

    @Override
    public synchronized List<GroupMember> members(TenantId tenantId, GroupId groupId, Optional<UserId> after,
                                                  int limit) {
        // By the id's text, as the database orders the column (UUID.compareTo orders otherwise).
        TreeSet<UserId> ordered = new TreeSet<>(Comparator.comparing(UserId::toString));
        ordered.addAll(membersOf(tenantId, groupId));
        Collection<UserId> from = after.isPresent() ? ordered.tailSet(after.get(), false) : ordered;
        return from.stream().limit(limit)
                .map(user -> new GroupMember(user, users.displayOf(tenantId, user).orElseThrow()))
                .toList();
    }

    @Override
    public synchronized Map<GroupId, Long> countMembers(TenantId tenantId, Collection<GroupId> groupIds) {
        Map<GroupId, Long> counts = new HashMap<>();
        groupIds.forEach(groupId -> {
            long count = countMembers(tenantId, groupId);
            if (count > 0) {
                counts.put(groupId, count);
            }
        });
        return counts;
    }

    @Override
    public synchronized long countMembers(TenantId tenantId, GroupId groupId) {
        return membersOf(tenantId, groupId).size();
    }

    @Override
    public synchronized Map<UserId, List<GroupRef>> groupsOf(TenantId tenantId, Collection<UserId> wanted) {
        Map<UserId, List<GroupRef>> found = new HashMap<>();
        members.forEach((groupId, memberIds) -> groups.findById(tenantId, groupId).ifPresent(group ->
                memberIds.stream().filter(wanted::contains).forEach(user ->
                        found.computeIfAbsent(user, key -> new ArrayList<>()).add(group.ref()))));
        return found;
    }

    @Override
    public synchronized Set<UserId> usersInAnyGroup(TenantId tenantId) {
        return members.entrySet().stream()
                .filter(entry -> groups.findById(tenantId, entry.getKey()).isPresent())
                .flatMap(entry -> entry.getValue().stream())
                .collect(Collectors.toSet());
    }

    /** The live set of the group's members, empty for a group of another tenant. */
    private Set<UserId> membersOf(TenantId tenantId, GroupId groupId) {
        if (groups.findById(tenantId, groupId).isEmpty()) {
            return new HashSet<>();
        }
        return members.computeIfAbsent(groupId, id -> new HashSet<>());
    }
}
