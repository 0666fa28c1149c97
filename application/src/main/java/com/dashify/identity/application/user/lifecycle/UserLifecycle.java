package com.dashify.identity.application.user.lifecycle;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.port.in.Activation;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one door through which a user's state changes, whichever path asks: a directory over SCIM
 * (create, PUT, PATCH, DELETE, and the group memberships that map to a role), an admin in the
 * console, an SSO sign-in, the operator adding an admin, a new role mapping. Each method runs the aggregate's named transitions, then settles them the same way, in
 * the caller's transaction: it reads what a deactivation closes, stores the user, writes one audit
 * record per event under the event's own action ({@code user.deactivate}, {@code user.role_change},
 * ...), and revokes every session and token and disables every passkey the user had. The one
 * exception is {@link #provisionLocalOrgAdmin}, whose records are the operator's.
 *
 * <p>Callers find and lock the user (and check versions and permissions) first; the lifecycle
 * neither reads the user nor decides who may act.
 */
public final class UserLifecycle {

    /** The action of a client's write that changed nothing, recorded so that every directory call shows up. */
    private static final String UNCHANGED_UPDATE = "user.update";

    private final UserRepository users;
    private final RoleMappingRepository roleMappings;
    private final MembershipRepository memberships;
    private final AccessRevocation revocation;
    private final AuditRecorder audit;
    private final Clock clock;

    public UserLifecycle(UserRepository users, RoleMappingRepository roleMappings, MembershipRepository memberships,
                         TokenRepository tokens, SessionRepository sessions, PasskeyRepository passkeys,
                         AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.roleMappings = roleMappings;
        this.memberships = memberships;
        this.audit = new AuditRecorder(auditTrail);
        this.revocation = new AccessRevocation(tokens, sessions, passkeys, audit);
        this.clock = clock;
    }

    /**
     * Creates a user in the actor's tenant with the role the tenant's mapping gives its profile;
     * active unless the draft says otherwise (a directory may stage a hire).
     *
     * @throws com.dashify.identity.domain.user.UserNameTakenException when the user name is taken
     */
    public User provision(Actor actor, UserDraft draft, RequestContext request) {
        Instant now = clock.instant();
        Role role = roleMappings.inForce(actor.tenantId()).roleFor(draft.profile(), Set.of());
        User user = User.provision(UserId.newId(), actor.tenantId(), draft.userName(), draft.externalId(),
                draft.profile(), role, draft.activation() != Activation.DEACTIVATE, now);
        List<UserEvent> events = user.pullEvents();
        User stored = users.add(user);
        recordEvents(actor, stored, events, request, now);
        return stored;
    }

    /**
     * Creates an Org Admin who signs in with a console password, outside the directory. The
     * operator's own record of why (a new tenant, a tenant without admins) is the caller's.
     */
    public User provisionLocalOrgAdmin(TenantId tenantId, UserName userName) {
        User admin = User.provision(UserId.newId(), tenantId, userName, null, UserProfile.EMPTY, Role.ORG_ADMIN, true,
                clock.instant());
        admin.pullEvents();
        return users.add(admin);
    }

    /**
     * Brings a user read for update to the state a client asks for, through the user's named
     * transitions in this order: identity and profile; the role, when the attribute the tenant's
     * role mapping reads has changed (so that a directory that never sends it does not demote an
     * admin the operator created); then the activation the client named, if any: a SCIM
     * {@code "active": false} arrives here as {@link Activation#DEACTIVATE} and is the same
     * deactivation as {@link #deactivate}. All of it is one write and one set of records.
     */
    public User update(Actor actor, User user, UserDraft wanted, RequestContext request) {
        Instant now = clock.instant();
        UserProfile before = user.profile();
        user.updateProfile(wanted.userName(), wanted.externalId(), wanted.profile(), now);
        RoleMapping mapping = roleMappings.inForce(user.tenantId());
        Optional<MappedAttribute> read = mapping.attributeRead();
        if (read.isPresent() && !read.get().valueIn(wanted.profile()).equals(read.get().valueIn(before))) {
            user.applyRoleMapping(mapping, scimGroupValues(mapping, user), now);
        }
        switch (wanted.activation()) {
            case DEACTIVATE -> user.deactivate(now);
            case ACTIVATE -> user.reactivate(now);
            case UNCHANGED -> {
                // The client named no change of access.
            }
        }
        List<UserEvent> events = user.pullEvents();
        if (events.isEmpty()) {
            // A directory's write that changes nothing is still a call to account for.
            audit.byUser(actor, UNCHANGED_UPDATE, "user", user.id().toString(), List.of(), request, now);
            return user;
        }
        return settle(actor, user, events, request, now);
    }

    /** Takes every way in away from the user: their sessions, tokens and passkeys close for good. */
    public User deactivate(Actor actor, User user, RequestContext request) {
        Instant now = clock.instant();
        user.deactivate(now);
        return settle(actor, user, request, now);
    }

    /** Lets the user sign in again; nothing a deactivation closed opens again. */
    public User reactivate(Actor actor, User user, RequestContext request) {
        Instant now = clock.instant();
        user.reactivate(now);
        return settle(actor, user, request, now);
    }

    /**
     * Soft-deletes the user, deactivating it first, so everything a deactivation closes closes, and
     * ends its group memberships, each recorded as {@code group.member_remove}.
     */
    public User delete(Actor actor, User user, RequestContext request) {
        Instant now = clock.instant();
        user.delete(now);
        User deleted = settle(actor, user, request, now);
        for (GroupRef group : memberships.removeUser(user.tenantId(), user.id())) {
            audit.byUser(actor, "group.member_remove", "user", user.id().toString(), List.of("group:" + group.id()),
                    request, now);
        }
        return deleted;
    }

    /**
     * Gives a user read for update the role the tenant's mapping gives it now, its SCIM group
     * memberships included: what a membership that began or ended, a group renamed or deleted, or
     * a new mapping asks for. A role that changes is recorded as {@code user.role_change}.
     */
    public User reapplyRoleMapping(Actor actor, User user, RequestContext request, Instant now) {
        RoleMapping mapping = roleMappings.inForce(user.tenantId());
        user.applyRoleMapping(mapping, scimGroupValues(mapping, user), now);
        return settle(actor, user, request, now);
    }

    /**
     * Keeps the groups an identity provider named at an SSO sign-in and, when the tenant's role
     * mapping reads groups, gives the user the role they map to, at the sign-in's own instant so
     * that its records share one time.
     */
    public User signedInWithGroups(Actor actor, User user, Set<String> groups, RequestContext request,
                                   Instant now) {
        boolean groupsChanged = !user.idpGroups().equals(groups);
        user.recordIdpGroups(groups);
        RoleMapping mapping = roleMappings.inForce(user.tenantId());
        if (mapping.fromGroups()) {
            user.applyRoleMapping(mapping, scimGroupValues(mapping, user), now);
        }
        List<UserEvent> events = user.pullEvents();
        if (events.isEmpty()) {
            // Groups are not a directory attribute: no event, no record, but kept for the mapping.
            return groupsChanged ? users.update(user) : user;
        }
        return settle(actor, user, events, request, now);
    }

    /** What the user's SCIM groups can be matched by, read only when the mapping reads them. */
    private Set<String> scimGroupValues(RoleMapping mapping, User user) {
        return mapping.fromScimGroups()
                ? GroupRef.mappingValuesOf(memberships.groupsOf(user.tenantId(), user.id())) : Set.of();
    }

    /** A transition that found the user already in its state changes nothing and records nothing. */
    private User settle(Actor actor, User user, RequestContext request, Instant now) {
        List<UserEvent> events = user.pullEvents();
        return events.isEmpty() ? user : settle(actor, user, events, request, now);
    }

    /**
     * Reads what a deactivation closes before anything is written, so that a store can send all of
     * the writes together, then stores the user, records its events and closes what was open.
     */
    private User settle(Actor actor, User user, List<UserEvent> events, RequestContext request, Instant now) {
        AccessRevocation.Plan closing = revocation.planFor(user, events);
        User stored = users.update(user);
        recordEvents(actor, stored, events, request, now);
        closing.carryOut(actor, request, now);
        return stored;
    }

    /** One record per event, in order, each under the event's own action. */
    private void recordEvents(Actor actor, User user, List<UserEvent> events, RequestContext request, Instant now) {
        for (UserEvent event : events) {
            audit.byUser(actor, "user." + event.action(), "user", user.id().toString(), List.of(change(event)),
                    request, now);
        }
    }

    /** What the record says changed; a role change says from which role to which. */
    private static String change(UserEvent event) {
        return event instanceof UserEvent.RoleChanged changed
                ? changed.name() + ":" + changed.from().displayName() + "->" + changed.to().displayName()
                : event.name();
    }
}
