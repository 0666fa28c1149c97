package com.dashify.identity.application.user.lifecycle;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.user.User;
import java.time.Instant;
import java.util.List;

/**
 * Ends a user's open console sessions, each with its own {@code session.revoke} audit record: the
 * one way of doing so, for a deactivation ({@link AccessRevocation}) and for a password set
 * through a setup link alike. Its audit records carry no payload: what the browser sent belongs
 * to the change that caused the revocation, which has its own record.
 *
 * <p>In two steps, so that a use case reads before it writes: {@link #openOf} before the change's
 * first write, {@link #end} after it.
 */
public final class SessionRevocation {

    private final SessionRepository sessions;
    private final AuditRecorder audit;

    public SessionRevocation(SessionRepository sessions, AuditRecorder audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The user's sessions not yet revoked. */
    public List<SignInSession> openOf(User user) {
        return sessions.findUnrevokedOf(user.tenantId(), user.id());
    }

    /** Revokes each of {@code open} for {@code reason}, and records it as {@code actor} did it. */
    public void end(List<SignInSession> open, String reason, Actor actor, RequestContext request, Instant now) {
        for (SignInSession session : open) {
            session.revoke(now, reason);
            sessions.update(session);
            audit.byUser(actor, "session.revoke", "session", session.id().toString(),
                    List.of("revoked:" + reason), request.withPayload(null), now);
        }
    }
}
