package com.dashify.identity.adapter.persistence.user;

import com.dashify.identity.adapter.persistence.Chunks;
import com.dashify.identity.adapter.persistence.ConstraintViolations;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.user.UserChildRows.Children;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores users with JPA. Every query is bounded by the tenant; searches filter, count and page in SQL. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaUserRepository() {
    }

    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public User add(User user) {
        UserJpaEntity row = new UserJpaEntity();
        UserMapper.copyOnto(user, row);
        em.persist(row);
        flushOrExplain(user);
        return UserMapper.toDomain(row);
    }

    @Override
    public User update(User user) {
        UserJpaEntity row = em.find(UserJpaEntity.class, user.id().toString());
        if (row == null || !row.tenantId.equals(user.tenantId().toString())) {
            throw new IllegalStateException("update of a user that is not stored in its tenant");
        }
        UserMapper.copyOnto(user, row);
        flushOrExplain(user);
        return UserMapper.toDomain(row);
    }

    @Override
    public Optional<User> findById(TenantId tenantId, UserId userId) {
        return row(tenantId, userId, LockModeType.NONE).map(this::withChildRows);
    }

    @Override
    public Optional<Standing> standingOf(TenantId tenantId, UserId userId) {
        // Columns only: no entity to build, track or load collections for.
        return em.createQuery("select u.userName, u.active, u.deletedAt, u.role from User u"
                        + " where u.id = :id and u.tenantId = :tenant", Object[].class)
                .setParameter("id", userId.toString())
                .setParameter("tenant", tenantId.toString())
                .getResultStream()
                .findFirst()
                .map(row -> UserMapper.standing(row, 0));
    }

    @Override
    public Optional<User> findByUserName(TenantId tenantId, UserName userName) {
        return em.createQuery("select u from User u where u.tenantId = :tenant and u.userNameKey = :key",
                        UserJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("key", userName.key())
                .getResultStream()
                .findFirst()
                .map(this::withChildRows);
    }

    @Override
    public Map<UserId, UserName> userNames(TenantId tenantId, Collection<UserId> userIds) {
        Map<UserId, UserName> names = new HashMap<>();
        List<String> ids = userIds.stream().map(UserId::toString).distinct().toList();
        for (List<String> chunk : Chunks.of(ids)) {
            em.createQuery("select u.id, u.userName from User u where u.tenantId = :tenant and u.id in :ids",
                            Object[].class)
                    .setParameter("tenant", tenantId.toString())
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> names.put(new UserId(UUID.fromString((String) row[0])),
                            new UserName((String) row[1])));
        }
        return names;
    }

    @Override
    public Set<UserId> idsNamed(TenantId tenantId, UserName userName) {
        // A deleted user has no key (so that its name is free again): its name is compared as the
        // database lowers it, and then as the key compares it.
        return em.createQuery("select u.id, u.userName from User u where u.tenantId = :tenant"
                        + " and (u.userNameKey = :key or (u.userNameKey is null and lower(u.userName) = :lower))",
                        Object[].class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("key", userName.key())
                .setParameter("lower", userName.value().strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .filter(row -> UserName.keyOf((String) row[1]).equals(userName.key()))
                .map(row -> new UserId(UUID.fromString((String) row[0])))
                .collect(Collectors.toSet());
    }

    @Override
    public Optional<User> findForUpdate(TenantId tenantId, UserId userId) {
        return row(tenantId, userId, LockModeType.PESSIMISTIC_WRITE).map(UserMapper::toDomain);
    }

    @Override
    public Set<UserId> lockLive(TenantId tenantId, Collection<UserId> userIds) {
        // Sorted as the database sorts the ids, and locked chunk after chunk in that order, so that
        // two transactions locking overlapping sets take their common locks in the same order.
        List<String> ids = userIds.stream().map(UserId::toString).distinct().sorted().toList();
        Set<UserId> live = new HashSet<>();
        for (List<String> chunk : Chunks.of(ids)) {
            // Native: FOR UPDATE on a query of ids only; a row deleted while this waited for its
            // lock is read again once the deleting transaction commits, and left out.
            StringBuilder sql = new StringBuilder("select id from users where tenant_id = ?1 and deleted_at is null"
                    + " and id in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
            }
            Query query = em.createNativeQuery(sql.append(") order by id for update").toString());
            query.setParameter(1, tenantId.toString());
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 2, chunk.get(i));
            }
            for (Object id : query.getResultList()) {
                live.add(new UserId(UUID.fromString((String) id)));
            }
        }
        return live;
    }

    @Override
    public Page<User> search(TenantId tenantId, UserFilter filter, UserSort sort, PageRequest page) {
        return UserSearchQuery.of(em, tenantId, filter, sort).page(em, UserJpaEntity.class, page, rows -> {
            Map<String, Children> children = UserChildRows.of(em, rows.stream().map(row -> row.id).toList());
            return rows.stream().map(row -> UserMapper.toDomain(row, children.get(row.id))).toList();
        });
    }

    @Override
    public List<User> searchFrom(TenantId tenantId, UserFilter filter, KeysetRequest page) {
        return UserSearchQuery.from(em, tenantId, filter, page).slice(em, UserJpaEntity.class, page.limit(), rows -> {
            Map<String, Children> children = UserChildRows.of(em, rows.stream().map(row -> row.id).toList());
            return rows.stream().map(row -> UserMapper.toDomain(row, children.get(row.id))).toList();
        });
    }

    private Optional<UserJpaEntity> row(TenantId tenantId, UserId userId, LockModeType lock) {
        return em.createQuery("select u from User u where u.id = :id and u.tenantId = :tenant", UserJpaEntity.class)
                .setParameter("id", userId.toString())
                .setParameter("tenant", tenantId.toString())
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** The user of a row, its multi-valued attributes read in one query rather than one per table. */
    private User withChildRows(UserJpaEntity row) {
        return UserMapper.toDomain(row, UserChildRows.of(em, List.of(row.id)).get(row.id));
    }

    private void flushOrExplain(User user) {
        // The flush also sends what other stores left pending (audit records wait for a flush); a
        // use case writes its user before those, so a unique violation here is the user's.
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The only unique constraint a user row can break, besides its random primary key.
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new UserNameTakenException(user.userName());
            }
            throw e;
        }
    }
}
