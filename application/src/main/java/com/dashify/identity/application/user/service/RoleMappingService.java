package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The tenant's role mapping, read and replaced by its Org Admins. A mapping that reads SCIM groups,
 * or did before, applies at once to every member of a group: their next request acts in the role
 * the new mapping gives them. Other users keep their role until the attribute the mapping reads
 * changes, or they sign in with SSO, so that a new mapping never demotes, say, the operator's
 * local Org Admin at a stroke.
 */
public final class RoleMappingService implements RoleMappingUseCase {

    private final RoleMappingRepository mappings;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final UserLifecycle lifecycle;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final Clock clock;

    public RoleMappingService(RoleMappingRepository mappings, UserRepository users, MembershipRepository memberships,
                              UserLifecycle lifecycle, AuditTrail auditTrail, Clock clock) {
        this.mappings = mappings;
        this.users = users;
        this.memberships = memberships;
        this.lifecycle = lifecycle;
        this.authorization = new Authorization(users);
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public MappingInForce get(Actor actor) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        return inForce(actor);
    }

    @Override
    public MappingInForce replace(ReplaceRoleMappingCommand command) {
        authorization.require(command.actor(), Permission.MANAGE_ORGANISATION);
        RoleMapping before = mappings.inForce(command.actor().tenantId());
        mappings.save(command.actor().tenantId(), command.mapping());
        Instant now = clock.instant();
        audit.byUser(command.actor(), "role_mapping.replace", "tenant", command.actor().tenantId().toString(),
                List.of(), command.request(), now);
        reapplyToGroupMembers(command.actor(), before, command.mapping(), command.request(), now);
        return inForce(command.actor());
    }

    @Override
    public MappingInForce reset(Actor actor, RequestContext request) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        RoleMapping before = mappings.inForce(actor.tenantId());
        mappings.remove(actor.tenantId());
        Instant now = clock.instant();
        audit.byUser(actor, "role_mapping.reset", "tenant", actor.tenantId().toString(), List.of(), request, now);
        reapplyToGroupMembers(actor, before, RoleMapping.byDefault(), request, now);
        return inForce(actor);
    }

    /** Each member of a group gets the role the new mapping gives, when either mapping reads groups. */
    private void reapplyToGroupMembers(Actor actor, RoleMapping before, RoleMapping after, RequestContext request,
                                       Instant now) {
        if (!before.fromScimGroups() && !after.fromScimGroups()) {
            return;
        }
        memberships.usersInAnyGroup(actor.tenantId()).stream()
                .sorted(UserId.BY_TEXT)
                .forEach(userId -> users.findForUpdate(actor.tenantId(), userId)
                        .filter(user -> !user.isDeleted())
                        .ifPresent(user -> lifecycle.reapplyRoleMapping(actor, user, request, now)));
    }

    private MappingInForce inForce(Actor actor) {
        return mappings.find(actor.tenantId())
                .map(mapping -> new MappingInForce(mapping, true))
                .orElseGet(() -> new MappingInForce(RoleMapping.byDefault(), false));
    }
}
