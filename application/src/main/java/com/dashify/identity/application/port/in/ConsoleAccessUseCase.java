package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Optional;

/**
 * Decides, on every console request, whether the signed-in user may still use the console: their
 * current state and role are read each time, so a demotion or deactivation applies at once.
 */
public interface ConsoleAccessUseCase {

    /** The signed-in administrator as they are now; empty when they may no longer use the console. */
    Optional<ConsoleAdmin> currentAdmin(TenantId tenantId, UserId userId);

    /** An administrator allowed in the console, with what the pages show of them. */
    record ConsoleAdmin(TenantId tenantId, String tenantName, UserId userId, String userName) {

        public Actor actor() {
            return Actor.signedIn(tenantId, userId);
        }
    }
}
