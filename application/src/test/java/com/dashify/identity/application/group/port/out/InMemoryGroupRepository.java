package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** A group store in memory, for application tests; the contract test holds it to the JPA store's behaviour. */
public final class InMemoryGroupRepository implements GroupRepository {

    private final Map<GroupId, Group> groups = new LinkedHashMap<>();
    private Predicate<Group> hasMembers = group -> false;
    private Predicate<Map.Entry<Group, String>> hasMember = entry -> false;

    /** Lets filters on members ask the membership store, which knows them. */
    void answerMembersFrom(InMemoryMembershipRepository memberships) {
        hasMembers = group -> memberships.countMembers(group.tenantId(), group.id()) > 0;
        hasMember = entry -> memberships.memberIds(entry.getKey().tenantId(), entry.getKey().id()).stream()
                .anyMatch(user -> user.toString().equals(entry.getValue()));
    }

    @Override
    public synchronized Group add(Group group) {
        requireUniqueName(group);
        return store(group, 0);
    }

    @Override
    public synchronized Group update(Group group) {
        Group existing = groups.get(group.id());
        if (existing == null || !existing.tenantId().equals(group.tenantId())) {
            throw new IllegalStateException("update of a group that was never added");
        }
        requireUniqueName(group);
        return store(group, existing.version() + 1);
    }

    @Override
    public synchronized Optional<Group> findById(TenantId tenantId, GroupId groupId) {
        return Optional.ofNullable(groups.get(groupId)).filter(group -> group.tenantId().equals(tenantId))
                .map(InMemoryGroupRepository::copy);
    }

    @Override
    public Optional<Group> findForUpdate(TenantId tenantId, GroupId groupId) {
        return findById(tenantId, groupId);
    }

    @Override
    public synchronized Page<Group> search(TenantId tenantId, GroupFilter filter, GroupSort sort, PageRequest page) {
        List<Group> matching = groups.values().stream()
                .filter(group -> group.tenantId().equals(tenantId))
                .filter(group -> matches(filter, group))
                .sorted(comparator(sort))
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.limit()).map(InMemoryGroupRepository::copy)
                .toList(), matching.size());
    }

    @Override
    public synchronized List<Group> searchFrom(TenantId tenantId, GroupFilter filter, KeysetRequest page) {
        Comparator<Keyset> order = Comparator.comparing(Keyset::created).thenComparing(Keyset::id);
        Comparator<Keyset> direction = page.descending() ? order.reversed() : order;
        return groups.values().stream()
                .filter(group -> group.tenantId().equals(tenantId))
                .filter(group -> matches(filter, group))
                .filter(group -> page.after() == null || direction.compare(positionOf(group), page.after()) > 0)
                .sorted(Comparator.comparing(InMemoryGroupRepository::positionOf, direction))
                .limit(page.limit())
                .map(InMemoryGroupRepository::copy)
                .toList();
    }

    private static Keyset positionOf(Group group) {
        return new Keyset(group.createdAt(), group.id().toString());
    }

    @Override
    public synchronized void remove(TenantId tenantId, GroupId groupId) {
        groups.computeIfPresent(groupId, (id, group) -> group.tenantId().equals(tenantId) ? null : group);
    }

    private Group store(Group group, long version) {
        Group stored = Group.restore(group.id(), group.tenantId(), group.displayName(), group.externalId().orElse(null),
                group.createdAt(), group.lastModifiedAt(), version);
        groups.put(group.id(), stored);
        return copy(stored);
    }

    private void requireUniqueName(Group group) {
        groups.values().stream()
                .filter(other -> other.tenantId().equals(group.tenantId()) && !other.id().equals(group.id())
                        && other.displayName().sameAs(group.displayName()))
                .findAny()
                .ifPresent(other -> {
                    throw new GroupNameTakenException(group.displayName());
                });
    }

    private boolean matches(GroupFilter filter, Group group) {
        if (filter instanceof GroupFilter.And and) {
            return and.operands().stream().allMatch(operand -> matches(operand, group));
        }
        if (filter instanceof GroupFilter.Or or) {
            return or.operands().stream().anyMatch(operand -> matches(operand, group));
        }
        if (filter instanceof GroupFilter.Not not) {
            return !matches(not.operand(), group);
        }
        if (filter instanceof GroupFilter.TextCondition text) {
            return InMemoryGroupFilter.compare(text, group);
        }
        if (filter instanceof GroupFilter.TextPresent present) {
            return InMemoryGroupFilter.valueOf(present.field(), group) != null;
        }
        if (filter instanceof GroupFilter.HasMember member) {
            return hasMember.test(Map.entry(group, member.userId()));
        }
        if (filter == GroupFilter.HasMembers.INSTANCE) {
            return hasMembers.test(group);
        }
        return filter == GroupFilter.All.INSTANCE;
    }

    private static Comparator<Group> comparator(GroupSort sort) {
        Comparator<Group> byField = switch (sort.field()) {
            case CREATED -> Comparator.comparing(Group::createdAt);
            case LAST_MODIFIED -> Comparator.comparing(Group::lastModifiedAt);
            case DISPLAY_NAME -> Comparator.comparing(group -> group.displayName().key());
            case EXTERNAL_ID -> Comparator.comparing(group -> group.externalId().map(Object::toString).orElse(""));
        };
        if (sort.descending()) {
            byField = byField.reversed();
        }
        // As the database does: groups without an external id last in either direction, and ties
        // by the id's text (the database's order, which is not UUID.compareTo's).
        Comparator<Group> withoutValueLast = Comparator.comparing(group ->
                sort.field() == GroupSort.Field.EXTERNAL_ID && group.externalId().isEmpty());
        return withoutValueLast.thenComparing(byField).thenComparing(group -> group.id().toString());
    }

    private static Group copy(Group group) {
        return Group.restore(group.id(), group.tenantId(), group.displayName(), group.externalId().orElse(null),
                group.createdAt(), group.lastModifiedAt(), group.version());
    }
}
