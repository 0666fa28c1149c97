package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.adapter.persistence.Chunks;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores memberships with JPA, one row each. Adding or removing members reads and writes the rows
 * of those members only, through the primary key, never the group's member list; the users of one
 * call are handled {@link Chunks#IN_LIST_SIZE} at a time.
 */
@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaMembershipRepository() {
    }

    public JpaMembershipRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<UserId> add(TenantId tenantId, GroupId groupId, Collection<UserId> users) {
        Set<UserId> added = new LinkedHashSet<>();
        if (!groupOfTenant(tenantId, groupId)) {
            return added;
        }
        for (List<String> chunk : Chunks.of(ids(users))) {
            Set<String> present = new HashSet<>(membersAmong(tenantId, groupId, chunk));
            for (String userId : chunk) {
                if (present.add(userId)) {
                    em.persist(new GroupMemberJpaEntity(tenantId.toString(), groupId.toString(), userId));
                    added.add(userId(userId));
                }
            }
        }
        return added;
    }

    @Override
    public Set<UserId> remove(TenantId tenantId, GroupId groupId, Collection<UserId> users) {
        Set<UserId> removed = new LinkedHashSet<>();
        for (List<String> chunk : Chunks.of(ids(users))) {
            List<String> present = membersAmong(tenantId, groupId, chunk);
            if (!present.isEmpty()) {
                em.createQuery("delete from GroupMember m where m.tenantId = :tenant and m.groupId = :group"
                                + " and m.userId in :users")
                        .setParameter("tenant", tenantId.toString())
                        .setParameter("group", groupId.toString())
                        .setParameter("users", present)
                        .executeUpdate();
                present.forEach(userId -> removed.add(userId(userId)));
            }
        }
        return removed;
    }

    @Override
    public Set<UserId> removeAll(TenantId tenantId, GroupId groupId) {
        Set<UserId> members = memberIds(tenantId, groupId);
        em.createQuery("delete from GroupMember m where m.tenantId = :tenant and m.groupId = :group")
                .setParameter("tenant", tenantId.toString())
                .setParameter("group", groupId.toString())
                .executeUpdate();
        return members;
    }

    @Override
    public List<GroupRef> removeUser(TenantId tenantId, UserId userId) {
        List<GroupRef> left = groupsOf(tenantId, List.of(userId)).getOrDefault(userId, List.of());
        em.createQuery("delete from GroupMember m where m.tenantId = :tenant and m.userId = :user")
                .setParameter("tenant", tenantId.toString())
                .setParameter("user", userId.toString())
                .executeUpdate();
        return left;
    }

    @Override
    public Set<UserId> memberIds(TenantId tenantId, GroupId groupId) {
        return em.createQuery("select m.userId from GroupMember m where m.tenantId = :tenant and m.groupId = :group",
                        String.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("group", groupId.toString())
                .getResultStream()
                .map(JpaMembershipRepository::userId)
                .collect(Collectors.toSet());
    }

    @Override
    public List<GroupMember> members(TenantId tenantId, GroupId groupId, Optional<UserId> after, int limit) {
        if (limit <= 0) {
            // EclipseLink reads a maximum of 0 rows as no maximum at all.
            return List.of();
        }
        // Keyset paging on the primary key (group_id, user_id): a slice deep in a large group costs
        // what the first does, where an offset would read and skip every member before it.
        TypedQuery<Object[]> query = em.createQuery("select m.userId, u.displayName, u.userName"
                        + " from GroupMember m, User u where u.id = m.userId and m.tenantId = :tenant"
                        + " and m.groupId = :group" + (after.isPresent() ? " and m.userId > :after" : "")
                        + " order by m.userId", Object[].class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("group", groupId.toString())
                .setMaxResults(limit);
        after.ifPresent(user -> query.setParameter("after", user.toString()));
        return query.getResultStream()
                .map(row -> new GroupMember(userId((String) row[0]), (String) (row[1] != null ? row[1] : row[2])))
                .toList();
    }

    @Override
    public long countMembers(TenantId tenantId, GroupId groupId) {
        return em.createQuery("select count(m) from GroupMember m where m.tenantId = :tenant and m.groupId = :group",
                        Long.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("group", groupId.toString())
                .getSingleResult();
    }

    @Override
    public Map<GroupId, Long> countMembers(TenantId tenantId, Collection<GroupId> groupIds) {
        Map<GroupId, Long> counts = new HashMap<>();
        for (List<String> chunk : Chunks.of(groupIds.stream().map(GroupId::toString).toList())) {
            em.createQuery("select m.groupId, count(m) from GroupMember m where m.tenantId = :tenant"
                            + " and m.groupId in :groups group by m.groupId", Object[].class)
                    .setParameter("tenant", tenantId.toString())
                    .setParameter("groups", chunk)
                    .getResultStream()
                    .forEach(row -> counts.put(GroupMapper.groupId((String) row[0]), (Long) row[1]));
        }
        return counts;
    }

    @Override
    public Map<UserId, List<GroupRef>> groupsOf(TenantId tenantId, Collection<UserId> users) {
        Map<UserId, List<GroupRef>> groups = new HashMap<>();
        for (List<String> chunk : Chunks.of(ids(users))) {
            em.createQuery("select m.userId, g.id, g.displayName, g.externalId from GroupMember m, Group g"
                            + " where g.id = m.groupId and m.tenantId = :tenant and g.tenantId = :tenant"
                            + " and m.userId in :users order by g.displayNameKey, g.id", Object[].class)
                    .setParameter("tenant", tenantId.toString())
                    .setParameter("users", chunk)
                    .getResultStream()
                    .forEach(row -> groups.computeIfAbsent(userId((String) row[0]), user -> new ArrayList<>())
                            .add(GroupMapper.ref((String) row[1], (String) row[2], (String) row[3])));
        }
        return groups;
    }

    @Override
    public Set<UserId> usersInAnyGroup(TenantId tenantId) {
        return em.createQuery("select distinct m.userId from GroupMember m where m.tenantId = :tenant", String.class)
                .setParameter("tenant", tenantId.toString())
                .getResultStream()
                .map(JpaMembershipRepository::userId)
                .collect(Collectors.toSet());
    }

    private boolean groupOfTenant(TenantId tenantId, GroupId groupId) {
        return !em.createQuery("select g.id from Group g where g.id = :group and g.tenantId = :tenant", String.class)
                .setParameter("group", groupId.toString())
                .setParameter("tenant", tenantId.toString())
                .getResultList()
                .isEmpty();
    }

    /** Which of these users (at most one chunk) are members of the group. */
    private List<String> membersAmong(TenantId tenantId, GroupId groupId, List<String> users) {
        return em.createQuery("select m.userId from GroupMember m where m.tenantId = :tenant and m.groupId = :group"
                        + " and m.userId in :users", String.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("group", groupId.toString())
                .setParameter("users", users)
                .getResultList();
    }

    private static List<String> ids(Collection<UserId> users) {
        return users.stream().map(UserId::toString).distinct().toList();
    }

    private static UserId userId(String column) {
        return new UserId(UUID.fromString(column));
    }
}
