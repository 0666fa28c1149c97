package com.dashify.identity.application.user.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.lifecycle.AccessRevocation;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase;
import com.dashify.identity.application.user.port.in.PreconditionFailedException;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Soft-deletes a user; the deactivation that comes with it closes every way in. */
public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final AccessRevocation revocation;
    private final AuditRecorder audit;
    private final Clock clock;

    public DeleteUserService(UserRepository users, TokenRepository tokens, SessionRepository sessions,
                             PasskeyRepository passkeys, AuditTrail auditTrail, Clock clock) {
        this.users = users;
        this.audit = new AuditRecorder(auditTrail);
        this.revocation = new AccessRevocation(tokens, sessions, passkeys, audit);
        this.clock = clock;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        User user = users.findForUpdate(command.actor().tenantId(), command.userId())
                .filter(found -> !found.isDeleted())
                .orElseThrow(() -> new UserNotFoundException(command.userId()));
        if (command.expectedVersion() != null && command.expectedVersion() != user.version()) {
            throw new PreconditionFailedException(command.expectedVersion(), user.version());
        }
        Instant now = clock.instant();
        user.delete(now);
        List<UserEvent> events = user.pullEvents();
        AccessRevocation.Plan closing = revocation.planFor(user, events);
        users.update(user);
        audit.byUser(command.actor(), "user.delete", "user", user.id().toString(), AuditRecorder.changesOf(events),
                command.request(), now);
        closing.carryOut(command.actor(), command.request(), now);
    }
}
