package com.dashify.identity.application.session.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.session.SessionId;
import java.util.Objects;

/** Signing out: the session record is revoked, so the session cannot be used again from anywhere. */
public interface EndSessionUseCase {

    void end(EndSessionCommand command);

    /** Which session, from which request. */
    record EndSessionCommand(SessionId sessionId, RequestContext request) {

        public EndSessionCommand {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(request, "request");
        }
    }
}
