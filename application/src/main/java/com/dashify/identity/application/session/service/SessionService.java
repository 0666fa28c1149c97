package com.dashify.identity.application.session.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.session.port.in.EndSessionUseCase;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.application.session.port.in.StartSessionUseCase;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The session records of signed-in browsers: started at sign-in, checked on every request, ended at sign-out. */
public final class SessionService implements StartSessionUseCase, SessionAccessUseCase, EndSessionUseCase {

    static final String REASON_SIGNED_OUT = "signed out";
    static final String REASON_IDLE = "idle for " + SignInSession.IDLE_TIMEOUT.toMinutes() + " minutes";
    static final String REASON_USER_INACTIVE = "user inactive";

    private final TenantRepository tenants;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final AuditRecorder audit;
    private final Clock clock;

    public SessionService(TenantRepository tenants, UserRepository users, SessionRepository sessions,
                          AuditTrail auditTrail, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.sessions = sessions;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public SessionId start(StartSessionCommand command) {
        users.findById(command.tenantId(), command.userId())
                .filter(user -> user.isActive() && !user.isDeleted())
                .orElseThrow(() -> new AccessDeniedException("an inactive user cannot start a session"));
        Instant now = clock.instant();
        SignInSession session = SignInSession.start(command.tenantId(), command.userId(), command.method(), now,
                command.request().clientAddress(), command.userAgent());
        sessions.add(session);
        audit.byUser(Actor.inSession(command.tenantId(), command.userId(), session.id()), "session.start", "session",
                session.id().toString(), List.of("method:" + command.method().name().toLowerCase(Locale.ROOT)),
                command.request(), now);
        return session.id();
    }

    @Override
    public Optional<SignedInUser> check(SessionId sessionId) {
        Instant now = clock.instant();
        Optional<SignInSession> found = sessions.findById(sessionId).filter(session -> session.isLiveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SignInSession session = found.get();
        Optional<UserRepository.Standing> user = users.standingOf(session.tenantId(), session.userId())
                .filter(UserRepository.Standing::mayAct);
        Optional<Tenant> tenant = tenants.findById(session.tenantId());
        if (user.isEmpty() || tenant.isEmpty()) {
            // Deactivation revokes sessions in its own transaction; this is the belt to those braces.
            session.revoke(now, REASON_USER_INACTIVE);
            sessions.update(session);
            return Optional.empty();
        }
        if (session.seen(now)) {
            sessions.update(session);
        }
        return Optional.of(new SignedInUser(session.tenantId(), tenant.get().name().value(), session.userId(),
                user.get().userName().value(), user.get().role(), sessionId));
    }

    @Override
    public void end(EndSessionCommand command) {
        sessions.findById(command.sessionId()).filter(session -> session.revokedAt().isEmpty()).ifPresent(session -> {
            Instant now = clock.instant();
            // A session that went idle ended by itself; the browser that comes back is not signing out.
            String reason = session.isLiveAt(now) ? REASON_SIGNED_OUT : REASON_IDLE;
            session.revoke(now, reason);
            sessions.update(session);
            audit.byUser(Actor.inSession(session.tenantId(), session.userId(), session.id()), "session.end", "session",
                    session.id().toString(), List.of("revoked:" + reason), command.request(), now);
        });
    }
}
