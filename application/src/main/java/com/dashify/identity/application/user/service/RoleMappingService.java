package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.RoleMapping;
import java.time.Clock;
import java.util.List;

/** The tenant's role mapping, read and replaced by its Org Admins. */
public final class RoleMappingService implements RoleMappingUseCase {

    private final RoleMappingRepository mappings;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final Clock clock;

    public RoleMappingService(RoleMappingRepository mappings, UserRepository users, AuditTrail auditTrail,
                              Clock clock) {
        this.mappings = mappings;
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
        mappings.save(command.actor().tenantId(), command.mapping());
        audit.byUser(command.actor(), "role_mapping.replace", "tenant", command.actor().tenantId().toString(),
                List.of(), command.request(), clock.instant());
        return inForce(command.actor());
    }

    @Override
    public MappingInForce reset(Actor actor, RequestContext request) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        mappings.remove(actor.tenantId());
        audit.byUser(actor, "role_mapping.reset", "tenant", actor.tenantId().toString(), List.of(), request,
                clock.instant());
        return inForce(actor);
    }

    private MappingInForce inForce(Actor actor) {
        return mappings.find(actor.tenantId())
                .map(mapping -> new MappingInForce(mapping, true))
                .orElseGet(() -> new MappingInForce(RoleMapping.byDefault(), false));
    }
}
