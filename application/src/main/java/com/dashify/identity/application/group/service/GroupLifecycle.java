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
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.group.MembershipChange;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one door through which a group and its members change: a directory's POST, PUT, PATCH and
 * DELETE on {@code /Groups} all end here, in the caller's transaction. Each change locks the group
 * first, then, in one go and in the stores' order ({@link UserId#BY_TEXT}), every user whose
 * membership or role it may change, before it writes any membership row: two requests on one group
 * wait for each other rather than lose a member; a user deleted meanwhile (its deletion locks the
 * user, then ends its memberships) is either found deleted and refused, or loses the new
 * membership with its deletion; and nothing here waits for a user while holding a row its
 * deletion needs.
 *
 * <p>A membership is written, and audited ({@code group.member_add}, {@code group.member_remove},
 * naming the user as target and the group in the change), one user at a time, so that adding one
 * member to a group of a hundred thousand costs what adding one to a group of ten does. When the
 * tenant's role mapping reads SCIM groups and matches this group, each member whose membership
 * changed gets the role the mapping now gives them through the {@link UserLifecycle}, in the same
 * transaction: their next request, through a browser or a token, acts in that role.
 */
public final class GroupLifecycle implements ProvisionGroupUseCase, ChangeGroupUseCase, DeleteGroupUseCase {

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
        Set<UserId> joined = changeMembers(actor, stored, MembershipChange.none().add(draft.members()), Set.of(),
                command.request(), now);
        reapplyRoles(actor, stored, null, joined, command.request(), now);
        return stored;
    }

    @Override
    public Group change(ChangeGroupCommand command) {
        Instant now = clock.instant();
        Actor actor = command.actor();
        Group group = lock(actor, command.groupId(), command.expectedVersion());
        GroupRef before = group.ref();
        GroupChange change = command.change();
        change.displayName().ifPresent(name -> group.rename(name, now));
        if (change.namesExternalId()) {
            group.changeExternalId(change.externalId().orElse(null), now);
        }
        List<GroupEvent> events = group.pullEvents();
        // A rename or new external id that changes the role the group gives concerns every member.
        Set<UserId> everyone = roleGiven(actor, before).equals(roleGiven(actor, group.ref()))
                ? Set.of() : memberships.memberIds(actor.tenantId(), group.id());
        Set<UserId> affected = changeMembers(actor, group, change.members(), everyone, command.request(), now);
        if (events.isEmpty() && affected.isEmpty()) {
            return group;
        }
        if (!affected.isEmpty()) {
            group.membersChanged(now);
        }
        Group stored = groups.update(group);
        record(actor, events, command.request(), now);
        reapplyRoles(actor, stored, before, affected, command.request(), now);
        return stored;
    }

    @Override
    public void delete(Actor actor, GroupId groupId, Long expectedVersion, RequestContext request) {
        Instant now = clock.instant();
        Group group = lock(actor, groupId, expectedVersion);
        // The members first, as every change of membership locks them: a user being deleted meanwhile
        // waits, or is waited for, but never holds its own lock while this holds its membership row.
        users.lockLive(actor.tenantId(), memberships.memberIds(actor.tenantId(), groupId));
        group.delete(now);
        Set<UserId> members = memberships.removeAll(actor.tenantId(), groupId);
        groups.remove(actor.tenantId(), groupId);
        for (GroupEvent event : group.pullEvents()) {
            audit.byUser(actor, "group." + event.action(), "group", groupId.toString(),
                    List.of("members:" + members.size()), request, now);
        }
        recordMemberships(actor, "group.member_remove", group, members, request, now);
        if (roleGiven(actor, group.ref()).isPresent()) {
            reapplyRolesOf(actor, members, request, now);
        }
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
     * Writes the membership change, one member at a time, after locking every user it names and
     * {@code alsoLock} (in the stores' order, before any membership row is touched) and checking
     * that everyone joining is a live user of the tenant; records each membership that began or ended.
     *
     * @return the users whose membership began or ended
     */
    private Set<UserId> changeMembers(Actor actor, Group group, MembershipChange change, Set<UserId> alsoLock,
                                      RequestContext request, Instant now) {
        if (change.isEmpty()) {
            if (!alsoLock.isEmpty()) {
                users.lockLive(actor.tenantId(), alsoLock);
            }
            return Set.of();
        }
        Set<UserId> toAdd = change.added();
        Set<UserId> toRemove = change.removed();
        if (change.replacement().isPresent()) {
            Set<UserId> wanted = change.replacement().get();
            Set<UserId> current = memberships.memberIds(actor.tenantId(), group.id());
            toAdd = wanted.stream().filter(user -> !current.contains(user)).collect(Collectors.toSet());
            toRemove = current.stream().filter(user -> !wanted.contains(user)).collect(Collectors.toSet());
        }
        Set<UserId> named = new HashSet<>(toAdd);
        named.addAll(toRemove);
        named.addAll(alsoLock);
        Set<UserId> live = named.isEmpty() ? Set.of() : users.lockLive(actor.tenantId(), named);
        requireLive(toAdd, live);
        Set<UserId> added = toAdd.isEmpty() ? Set.of() : memberships.add(actor.tenantId(), group.id(), toAdd);
        Set<UserId> removed = toRemove.isEmpty() ? Set.of()
                : memberships.remove(actor.tenantId(), group.id(), toRemove);
        recordMemberships(actor, "group.member_add", group, added, request, now);
        recordMemberships(actor, "group.member_remove", group, removed, request, now);
        Set<UserId> affected = new LinkedHashSet<>(added);
        affected.addAll(removed);
        return affected;
    }

    /**
     * Refuses, before anything is written, members that are no live users of the tenant (unknown,
     * deleted, or another tenant's, which look the same).
     */
    private static void requireLive(Set<UserId> joining, Set<UserId> live) {
        List<String> unknown = joining.stream().filter(user -> !live.contains(user)).map(UserId::toString)
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("members", GroupChange.unknownMembers(unknown));
        }
    }

    /**
     * Once the group and its memberships are written, gives the users concerned the role the
     * tenant's mapping now gives them: those whose membership began or ended, when the mapping names
     * the group; and every member, when a rename or a new external id changed the role the group
     * gives (a mapping by id or external id does not care about a rename, and reads nobody then).
     *
     * @param before the group as it was before this request, or null for a new group
     */
    private void reapplyRoles(Actor actor, Group group, GroupRef before, Set<UserId> affected, RequestContext request,
                              Instant now) {
        Optional<Role> gives = roleGiven(actor, group.ref());
        Optional<Role> gave = before == null ? gives : roleGiven(actor, before);
        Set<UserId> concerned = new HashSet<>();
        if (!gave.equals(gives)) {
            concerned.addAll(memberships.memberIds(actor.tenantId(), group.id()));
            concerned.addAll(affected);
        } else if (gives.isPresent()) {
            concerned.addAll(affected);
        }
        reapplyRolesOf(actor, concerned, request, now);
    }

    /** The role the tenant's mapping gives a member of this group, if it names the group. */
    private Optional<Role> roleGiven(Actor actor, GroupRef group) {
        return roleMappings.inForce(actor.tenantId()).roleForGroup(group.mappingValues());
    }

    private void reapplyRolesOf(Actor actor, Set<UserId> concerned, RequestContext request, Instant now) {
        concerned.stream().sorted(UserId.BY_TEXT).forEach(userId ->
                users.findForUpdate(actor.tenantId(), userId).filter(user -> !user.isDeleted()).ifPresent(user ->
                        userLifecycle.reapplyRoleMapping(actor, user, request, now)));
    }

    /** One record per membership that began or ended: the user is the target, the group the change. */
    private void recordMemberships(Actor actor, String action, Group group, Set<UserId> users,
                                   RequestContext request, Instant now) {
        List<String> named = List.of("group:" + group.id());
        users.stream().sorted(UserId.BY_TEXT).forEach(user ->
                audit.byUser(actor, action, "user", user.toString(), named, request, now));
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
