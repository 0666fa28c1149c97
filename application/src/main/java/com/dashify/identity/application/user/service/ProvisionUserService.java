package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import com.dashify.identity.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Creates a user with the role the tenant's role mapping gives its profile. */
public final class ProvisionUserService implements ProvisionUserUseCase {

    private final UserRepository users;
    private final RoleMappingRepository roleMappings;
    private final AuditRecorder audit;
    private final Clock clock;

    public ProvisionUserService(UserRepository users, RoleMappingRepository roleMappings,
                                AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.roleMappings = roleMappings;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public User provision(ProvisionUserCommand command) {
        UserDraft draft = command.draft();
        var now = clock.instant();
        User user = User.provision(UserId.newId(), command.actor().tenantId(), draft.userName(), draft.externalId(),
                draft.profile(), roleMappings.inForce(command.actor().tenantId()).roleFor(draft.profile(), Set.of()),
                draft.active() == null || draft.active(), now);
        List<UserEvent> events = user.pullEvents();
        User stored = users.add(user);
        audit.byUser(command.actor(), "user.provision", "user", stored.id().toString(),
                AuditRecorder.changesOf(events), command.request(), now);
        return stored;
    }
}
