package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.adapter.persistence.ConstraintViolations;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.JpqlParameters;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.group.port.out.GroupRepository;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** Stores groups with JPA, without their members. Every query is bounded by the tenant. */
@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaGroupRepository() {
    }

    public JpaGroupRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Group add(Group group) {
        GroupJpaEntity row = new GroupJpaEntity();
        GroupMapper.copyOnto(group, row);
        em.persist(row);
        flushOrExplain(group);
        return GroupMapper.toDomain(row);
    }

    @Override
    public Group update(Group group) {
        // One statement, not a change to a managed row: the version (the group's ETag) must move on
        // with every update, also when only members changed within the clock tick of the last
        // change and no column differs. Forcing that on the managed row (em.lock with
        // OPTIMISTIC_FORCE_INCREMENT) failed with EclipseLink 4 on H2 and PostgreSQL: once another
        // store had flushed in the transaction, the UPDATE went out without the new version.
        int updated;
        try {
            updated = em.createQuery("update Group g set g.displayName = :name, g.displayNameKey = :key,"
                            + " g.externalId = :externalId, g.lastModifiedAt = :lastModified, g.version = g.version + 1"
                            + " where g.id = :id and g.tenantId = :tenant and g.version = :version")
                    .setParameter("name", group.displayName().value())
                    .setParameter("key", group.displayName().key())
                    .setParameter("externalId", group.externalId().map(ExternalId::value).orElse(null))
                    .setParameter("lastModified", Timestamps.toColumn(group.lastModifiedAt()))
                    .setParameter("id", group.id().toString())
                    .setParameter("tenant", group.tenantId().toString())
                    .setParameter("version", group.version())
                    .executeUpdate();
        } catch (PersistenceException e) {
            throw explained(e, group);
        }
        if (updated != 1) {
            throw new IllegalStateException("update of a group that is not stored in its tenant at the version read");
        }
        return Group.restore(group.id(), group.tenantId(), group.displayName(), group.externalId().orElse(null),
                group.createdAt(), group.lastModifiedAt(), group.version() + 1);
    }

    @Override
    public Optional<Group> findById(TenantId tenantId, GroupId groupId) {
        return row(tenantId, groupId, LockModeType.NONE).map(GroupMapper::toDomain);
    }

    @Override
    public Optional<Group> findForUpdate(TenantId tenantId, GroupId groupId) {
        return row(tenantId, groupId, LockModeType.PESSIMISTIC_WRITE).map(GroupMapper::toDomain);
    }

    @Override
    public Page<Group> search(TenantId tenantId, GroupFilter filter, GroupSort sort, PageRequest page) {
        return GroupSearchQuery.of(em, tenantId, filter, sort).page(em, GroupJpaEntity.class, page,
                rows -> rows.stream().map(GroupMapper::toDomain).toList());
    }

    @Override
    public List<Group> searchFrom(TenantId tenantId, GroupFilter filter, KeysetRequest page) {
        return GroupSearchQuery.from(em, tenantId, filter, page).slice(em, GroupJpaEntity.class, page.limit(),
                rows -> rows.stream().map(GroupMapper::toDomain).toList());
    }

    @Override
    public void remove(TenantId tenantId, GroupId groupId) {
        em.createQuery("delete from Group g where g.id = :id and g.tenantId = :tenant")
                .setParameter("id", groupId.toString())
                .setParameter("tenant", tenantId.toString())
                .executeUpdate();
    }

    private Optional<GroupJpaEntity> row(TenantId tenantId, GroupId groupId, LockModeType lock) {
        Optional<GroupJpaEntity> row = em.createQuery("select g from Group g where g.id = :id and g.tenantId = :tenant",
                        GroupJpaEntity.class)
                .setParameter("id", groupId.toString())
                .setParameter("tenant", tenantId.toString())
                .setLockMode(lock)
                // Read from the database even when this transaction has the row already: a bulk
                // update (see update) leaves the copy it holds behind.
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultStream()
                .findFirst();
        // Hibernate (WildFly) knows no such hint and hands back the copy as it was: read it again.
        if (row.isPresent() && !JpqlParameters.isEclipseLink(em)) {
            em.refresh(row.get(), lock);
        }
        return row;
    }

    private void flushOrExplain(Group group) {
        // As for users: the use case writes its group before the audit records that wait for a
        // flush, so a unique violation here is the group's, and the only unique key it has besides
        // its random primary key is the name's. Two adds of one name race on that key: the second
        // waits for the first to commit, then fails here.
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw explained(e, group);
        }
    }

    private static RuntimeException explained(PersistenceException failure, Group group) {
        return ConstraintViolations.isUniqueViolation(failure) ? new GroupNameTakenException(group.displayName())
                : failure;
    }
}
