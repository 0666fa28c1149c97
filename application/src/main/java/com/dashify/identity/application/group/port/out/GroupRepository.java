package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Stores groups, without their members. Every method is scoped to one tenant. */
public interface GroupRepository {

    /**
     * Stores a new group and returns it as stored.
     *
     * @throws com.dashify.identity.domain.group.GroupNameTakenException when another group of the
     *         tenant has the same display name, compared without case, even when two adds race
     */
    Group add(Group group);

    /**
     * Stores the new state of a group read through {@link #findForUpdate} in the same transaction,
     * and returns it with its next version.
     *
     * @throws com.dashify.identity.domain.group.GroupNameTakenException as for {@link #add}
     */
    Group update(Group group);

    Optional<Group> findById(TenantId tenantId, GroupId groupId);

    /** As {@link #findById}, and no other transaction can change the group until this one ends. */
    Optional<Group> findForUpdate(TenantId tenantId, GroupId groupId);

    /** The groups of the tenant that match, counted before paging. */
    Page<Group> search(TenantId tenantId, GroupFilter filter, GroupSort sort, PageRequest page);

    /**
     * The groups of the tenant that match, strictly past a position in creation order (then id),
     * not counted: what cursor paging reads, at the same cost wherever it starts.
     */
    List<Group> searchFrom(TenantId tenantId, GroupFilter filter, KeysetRequest page);

    /** Removes a group read through {@link #findForUpdate}; its memberships must be gone first. */
    void remove(TenantId tenantId, GroupId groupId);
}
