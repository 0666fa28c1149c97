package com.dashify.identity.application.group.service;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase;
import com.dashify.identity.application.group.port.out.GroupRepository;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The console's view of the groups: for Org Admins only, as every administration page is. */
public final class GroupOverviewService implements GroupOverviewUseCase {

    private static final GroupSort BY_NAME = new GroupSort(GroupSort.Field.DISPLAY_NAME, false);

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final RoleMappingRepository roleMappings;
    private final Authorization authorization;

    public GroupOverviewService(GroupRepository groups, MembershipRepository memberships,
                                RoleMappingRepository roleMappings, UserRepository users) {
        this.groups = groups;
        this.memberships = memberships;
        this.roleMappings = roleMappings;
        this.authorization = new Authorization(users);
    }

    @Override
    public Page<GroupSummary> overview(Actor actor, int limit) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        RoleMapping mapping = roleMappings.inForce(actor.tenantId());
        Page<Group> page = groups.search(actor.tenantId(), GroupFilter.all(), BY_NAME, new PageRequest(0, limit));
        Map<GroupId, Long> members = memberships.countMembers(actor.tenantId(),
                page.items().stream().map(Group::id).toList());
        List<GroupSummary> summaries = page.items().stream().map(group -> new GroupSummary(group,
                members.getOrDefault(group.id(), 0L), mapping.roleForGroup(group.ref().mappingValues()))).toList();
        return new Page<>(summaries, page.total());
    }

    @Override
    public Map<UserId, List<GroupRef>> groupsOf(Actor actor, Collection<UserId> users) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        return users.isEmpty() ? Map.of() : memberships.groupsOf(actor.tenantId(), users);
    }
}
