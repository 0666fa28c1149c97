package com.dashify.identity.application.group.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase;
import com.dashify.identity.application.group.port.in.DeleteGroupUseCase;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.application.group.port.in.GroupNotFoundException;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase;
import com.dashify.identity.application.group.port.out.GroupRepository;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.StaleVersionException;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupEvent;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.MembershipChange;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one door through which a group and its members change: a directory's POST, PUT, PATCH and
 * DELETE on {@code /Groups} all end here, in the caller's transaction. Each change locks the group
 * first, then the users joining it (in id order), so that two requests on one group wait for each
 * other rather than lose a member, and a user deleted meanwhile is either found deleted (and
 * refused) or loses the new membership with its deletion.
 *
 * <p>A membership is written, and audited ({@code group.member_add}, {@code group.member_remove},
 * naming the user as target and the group in the change), one user at a time, so that adding one
 * member to a group of a hundred thousand costs what adding one to a group of ten does. When the
 * tenant's role mapping reads SCIM groups and matches this group, each member whose membership
 * changed gets the role the mapping now gives them through the {@link UserLifecycle}, in the same
 * transaction: their next request, through a browser or a token, acts in that role.
 */
public final class GroupLifecycle implements ProvisionGroupUseCase, ChangeGroupUseCase, DeleteGroupUseCase {

    /** How many unknown members a refusal names; the rest are counted. */
    private static final int NAMED_UNKNOWN = 5;

    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final RoleMappingRepository roleMappings;
    private final UserLifecycle userLifecycle;
    private final AuditRecorder audit;
    private final Clock clock;

    public GroupLifecycle(GroupRepository groups, MembershipRepository memberships, UserRepository users,
                          RoleMappingRepository roleMappings, UserLifecycle userLifecycle, AuditTrail auditTrail,
                          Clock clock) {
        this.groups = groups;
        this.memberships = memberships;
        this.users = users;
        this.roleMappings = roleMappings;
        this.userLifecycle = userLifecycle;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public Group provision(ProvisionGroupCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        GroupDraft draft = command.draft();
        Group group = Group.create(GroupId.newId(), actor.tenantId(), draft.displayName(), draft.externalId(), now);
        List<GroupEvent> events = group.pullEvents();
        Group stored = groups.add(group);
        record(actor, events, command.request(), now);
        changeMembers(actor, stored, Set.of(), MembershipChange.none().add(draft.members()), command.request(), now);
        return stored;
    }

    @Override
    public Group change(ChangeGroupCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        Group group = lock(actor, command.groupId(), command.expectedVersion());
        Set<String> before = group.ref().mappingValues();
        GroupChange change = command.change();
        change.displayName().ifPresent(name -> group.rename(name, now));
        if (change.namesExternalId()) {
            group.changeExternalId(change.externalId().orElse(null), now);
        }
        List<GroupEvent> events = group.pullEvents();
        boolean membersChanged = changeMembers(actor, group, before, change.members(), command.request(), now);
        if (events.isEmpty() && !membersChanged) {
            return group;
        }
        if (membersChanged) {
            group.membersChanged(now);
        }
        Group stored = groups.update(group);
        record(actor, events, command.request(), now);
        if (!events.isEmpty()) {
            // A new name or external id may match the mapping where the old did not, or no longer match.
            reapplyRoles(actor, stored, before, memberships.memberIds(actor.tenantId(), stored.id()),
                    command.request(), now);
        }
        return stored;
    }

    @Override
    public void delete(Actor actor, GroupId groupId, Long expectedVersion, RequestContext request) {
        Instant now = clock.instant();
        Group group = lock(actor, groupId, expectedVersion);
        group.delete(now);
        Set<UserId> members = memberships.removeAll(actor.tenantId(), groupId);
        groups.remove(actor.tenantId(), groupId);
        for (GroupEvent event : group.pullEvents()) {
            audit.byUser(actor, "group." + event.action(), "group", groupId.toString(),
                    List.of("members:" + members.size()), request, now);
        }
        reapplyRoles(actor, group, Set.of(), members, request, now);
    }

    private Group lock(Actor actor, GroupId groupId, Long expectedVersion) {
        Group group = groups.findForUpdate(actor.tenantId(), groupId)
                .orElseThrow(() -> new GroupNotFoundException(groupId));
        if (expectedVersion != null && expectedVersion != group.version()) {
            throw new StaleVersionException(expectedVersion, group.version());
        }
        return group;
    }

    /**
     * Writes the membership change, one member at a time, after checking that everyone joining is a
     * live user of the tenant; records each membership that began or ended, and gives the users
     * whose memberships changed the role the mapping now gives them.
     *
     * @param before the group's mapping values before this request renamed it, if it did
     * @return whether any membership began or ended
     */
    private boolean changeMembers(Actor actor, Group group, Set<String> before, MembershipChange change,
                                  RequestContext request, Instant now) {
        if (change.isEmpty()) {
            return false;
        }
        requireLiveUsers(actor, change.joining());
        Set<UserId> toAdd = change.added();
        Set<UserId> toRemove = change.removed();
        if (change.replacement().isPresent()) {
            Set<UserId> wanted = change.replacement().get();
            Set<UserId> current = memberships.memberIds(actor.tenantId(), group.id());
            toAdd = wanted.stream().filter(user -> !current.contains(user)).collect(Collectors.toSet());
            toRemove = current.stream().filter(user -> !wanted.contains(user)).collect(Collectors.toSet());
        }
        Set<UserId> added = toAdd.isEmpty() ? Set.of() : memberships.add(actor.tenantId(), group.id(), toAdd);
        Set<UserId> removed = toRemove.isEmpty() ? Set.of()
                : memberships.remove(actor.tenantId(), group.id(), toRemove);
        String named = "group:" + group.id();
        added.forEach(user -> audit.byUser(actor, "group.member_add", "user", user.toString(), List.of(named),
                request, now));
        removed.forEach(user -> audit.byUser(actor, "group.member_remove", "user", user.toString(), List.of(named),
                request, now));
        Set<UserId> affected = new LinkedHashSet<>(added);
        affected.addAll(removed);
        reapplyRoles(actor, group, before, affected, request, now);
        return !affected.isEmpty();
    }

    /**
     * Refuses, before anything is written, members that are no live users of the tenant (unknown,
     * deleted, or another tenant's, which look the same); locks the others.
     */
    private void requireLiveUsers(Actor actor, Set<UserId> joining) {
        if (joining.isEmpty()) {
            return;
        }
        Set<UserId> live = users.lockLive(actor.tenantId(), joining);
        List<String> unknown = joining.stream().filter(user -> !live.contains(user)).map(UserId::toString)
                .sorted().toList();
        if (!unknown.isEmpty()) {
            String shown = String.join(", ", unknown.subList(0, Math.min(NAMED_UNKNOWN, unknown.size())))
                    + (unknown.size() > NAMED_UNKNOWN ? " and " + (unknown.size() - NAMED_UNKNOWN) + " more" : "");
            throw new InvalidValueException("members", "names no user of this tenant: " + shown);
        }
    }

    /**
     * Gives these users the role the tenant's mapping now gives them, when the mapping matches the
     * group by what it is now or by what it was before this request: a group the mapping does not
     * name can change nobody's role, so nothing is read for it.
     */
    private void reapplyRoles(Actor actor, Group group, Set<String> before, Set<UserId> affected,
                              RequestContext request, Instant now) {
        if (affected.isEmpty()) {
            return;
        }
        RoleMapping mapping = roleMappings.inForce(actor.tenantId());
        Set<String> values = new HashSet<>(before);
        values.addAll(group.ref().mappingValues());
        if (!mapping.readsAnyOf(values)) {
            return;
        }
        affected.stream().sorted((one, other) -> one.value().compareTo(other.value())).forEach(userId ->
                users.findForUpdate(actor.tenantId(), userId).filter(user -> !user.isDeleted()).ifPresent(user ->
                        userLifecycle.reapplyRoleMapping(actor, user, request, now)));
    }

    private void record(Actor actor, List<GroupEvent> events, RequestContext request, Instant now) {
        for (GroupEvent event : events) {
            List<String> changes = event instanceof GroupEvent.Renamed renamed
                    ? List.of("displayName:" + renamed.from() + "->" + renamed.to()) : List.of();
            audit.byUser(actor, "group." + event.action(), "group", event.groupId().toString(), changes, request,
                    now);
        }
    }
}
