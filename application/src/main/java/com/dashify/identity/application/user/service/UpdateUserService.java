package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.lifecycle.AccessRevocation;
import com.dashify.identity.application.user.port.in.PreconditionFailedException;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brings a user to the state a client asks for through the user's transitions: profile first,
 * then the role when the attribute the role mapping reads has changed, then activation.
 */
public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final RoleMappingRepository roleMappings;
    private final AccessRevocation revocation;
    private final AuditRecorder audit;
    private final Clock clock;

    public UpdateUserService(UserRepository users, TokenRepository tokens, SessionRepository sessions,
                             PasskeyRepository passkeys, RoleMappingRepository roleMappings,
                             AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.roleMappings = roleMappings;
        this.audit = new AuditRecorder(auditTrail);
        this.revocation = new AccessRevocation(tokens, sessions, passkeys, audit);
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        User user = users.findForUpdate(command.actor().tenantId(), command.userId())
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        if (command.expectedVersion() != null && command.expectedVersion() != user.version()) {
            throw new PreconditionFailedException(command.expectedVersion(), user.version());
        }
        UserDraft current = UserDraft.of(user);
        UserDraft wanted = command.change().applyTo(current);
        Instant now = clock.instant();

        user.updateProfile(wanted.userName(), wanted.externalId(), wanted.profile(), now);
        // The role follows the mapping only when the attribute the mapping reads changed, so that
        // a directory that never sends it does not demote an admin the operator created.
        RoleMapping mapping = roleMappings.inForce(user.tenantId());
        Optional<MappedAttribute> read = mapping.attributeRead();
        if (read.isPresent() && !read.get().valueIn(wanted.profile()).equals(read.get().valueIn(current.profile()))) {
            user.applyRoleMapping(mapping, now);
        }
        if (Boolean.FALSE.equals(wanted.active())) {
            user.deactivate(now);
        } else if (Boolean.TRUE.equals(wanted.active())) {
            user.reactivate(now);
        }

        List<UserEvent> events = user.pullEvents();
        AccessRevocation.Plan closing = revocation.planFor(user, events);
        User stored = events.isEmpty() ? user : users.update(user);
        audit.byUser(command.actor(), "user.update", "user", user.id().toString(), AuditRecorder.changesOf(events),
                command.request(), now);
        closing.carryOut(command.actor(), command.request(), now);
        return stored;
    }
}
