package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;

/**
 * Decides, on every console request, whether its session may still be used: the session record
 * must be live (not revoked, not idle too long) and its user an active Org Admin right now. Both are
 * read each time, so a sign-out, a deactivation or a demotion applies at once, on every node.
 */
public interface ConsoleAccessUseCase {

    SessionCheck check(SessionId sessionId);

    /** The outcome of a check. */
    sealed interface SessionCheck {
    }

    /** The session is live and its user may use the console. */
    record Allowed(ConsoleAdmin admin) implements SessionCheck {
    }

    /** The session is live but its user is not an Org Admin (any more), so not for the console. */
    record NotAllowed() implements SessionCheck {
    }

    /** The session is unknown, revoked or idle too long, or its user is no longer active. */
    record Ended() implements SessionCheck {
    }

    /** An administrator allowed in the console, with what the pages show of them. */
    record ConsoleAdmin(TenantId tenantId, String tenantName, UserId userId, String userName,
                        SessionId sessionId) {

        public Actor actor() {
            return Actor.signedIn(tenantId, userId);
        }
    }
}
