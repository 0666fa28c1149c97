package com.dashify.identity.application.session.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import java.util.Optional;

/**
 * Decides, on every browser request, whether its session may still be used: the session record
 * must be live (not revoked, not idle too long) and its user active right now. The user's current
 * role comes with the answer, read at that moment, so a sign-out, a deactivation or a role change
 * applies on the very next request, on every node.
 */
public interface SessionAccessUseCase {

    /** The signed-in user, or empty when the session is unknown, revoked, idle or its user inactive. */
    Optional<SignedInUser> check(SessionId sessionId);

    /** The user of a live session, with their role as it is now. */
    record SignedInUser(TenantId tenantId, String tenantName, UserId userId, String userName, Role role,
                        SessionId sessionId) {

        public boolean allows(Permission permission) {
            return role.allows(permission);
        }

        public Actor actor() {
            return Actor.inSession(tenantId, userId, sessionId);
        }
    }
}
