package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads groups of one tenant, and their members a slice at a time, so that a group of a hundred
 * thousand members is never held in memory whole.
 */
public interface ReadGroupsUseCase {

    /** The most members one slice holds. */
    int MAX_SLICE = 1000;

    Optional<Group> get(TenantId tenantId, GroupId groupId);

    Page<Group> find(TenantId tenantId, GroupFilter filter, GroupSort sort, PageRequest page);

    /** The groups that match, read from a position in creation order (cursor paging), not counted. */
    List<Group> findFrom(TenantId tenantId, GroupFilter filter, KeysetRequest page);

    /**
     * Members of the group in the order of their ids, just after {@code after} (empty: from the
     * first), at most {@code limit} (at most {@link #MAX_SLICE}); an empty slice ends the list.
     */
    List<GroupMember> members(TenantId tenantId, GroupId groupId, Optional<UserId> after, int limit);

    long countMembers(TenantId tenantId, GroupId groupId);

    /** The groups each of these users is a member of (a SCIM user's {@code groups}). */
    Map<UserId, List<GroupRef>> groupsOf(TenantId tenantId, Collection<UserId> users);
}
