package com.dashify.identity.application.group.service;

import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.group.port.out.GroupRepository;
import com.dashify.identity.application.group.port.out.MembershipRepository;
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

/** Reads groups of one tenant and, a slice at a time, their members. */
public final class GroupQueryService implements ReadGroupsUseCase {

    private final GroupRepository groups;
    private final MembershipRepository memberships;

    public GroupQueryService(GroupRepository groups, MembershipRepository memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    @Override
    public Optional<Group> get(TenantId tenantId, GroupId groupId) {
        return groups.findById(tenantId, groupId);
    }

    @Override
    public Page<Group> find(TenantId tenantId, GroupFilter filter, GroupSort sort, PageRequest page) {
        return groups.search(tenantId, filter, sort, page);
    }

    @Override
    public List<Group> findFrom(TenantId tenantId, GroupFilter filter, KeysetRequest page) {
        return groups.searchFrom(tenantId, filter, page);
    }

    @Override
    public List<GroupMember> members(TenantId tenantId, GroupId groupId, Optional<UserId> after, int limit) {
        if (limit < 1 || limit > MAX_SLICE) {
            throw new IllegalArgumentException("a slice holds 1 to " + MAX_SLICE + " members");
        }
        return memberships.members(tenantId, groupId, after, limit);
    }

    @Override
    public long countMembers(TenantId tenantId, GroupId groupId) {
        return memberships.countMembers(tenantId, groupId);
    }

    @Override
    public Map<UserId, List<GroupRef>> groupsOf(TenantId tenantId, Collection<UserId> users) {
        return users.isEmpty() ? Map.of() : memberships.groupsOf(tenantId, users);
    }
}
