package com.dashify.identity.application.session.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/** Records a browser session once someone has signed in, whichever way they did. */
public interface StartSessionUseCase {

    /**
     * Starts a session of an active user.
     *
     * @throws AccessDeniedException if the user is not active (deactivated, deleted or unknown)
     */
    SessionId start(StartSessionCommand command);

    /** Who signed in, how, and from where. */
    record StartSessionCommand(TenantId tenantId, UserId userId, SignInMethod method, String userAgent,
                               RequestContext request) {

        public StartSessionCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(request, "request");
        }
    }
}
