package com.dashify.identity.application.sso.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.sso.SsoConfiguration;
import java.util.Objects;
import java.util.Optional;

/** The tenant's single sign-on configuration, read and changed by its Org Admins. */
public interface SsoSettingsUseCase {

    Optional<SsoConfiguration> get(Actor actor);

    /**
     * Sets the configuration. A null client secret keeps the stored one, so that an admin can
     * change other fields without retyping it.
     *
     * @throws com.dashify.identity.domain.common.InvalidValueException if no secret is given and none is stored
     */
    SsoConfiguration replace(ReplaceSsoCommand command);

    void remove(Actor actor, RequestContext request);

    /** The wanted configuration; {@code clientSecret} may be null to keep the stored one. */
    record ReplaceSsoCommand(Actor actor, String issuer, String clientId, String clientSecret, String userClaim,
                             String groupsClaim, RequestContext request) {

        public ReplaceSsoCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(request, "request");
        }

        /** Never prints the client secret. */
        @Override
        public String toString() {
            return "ReplaceSsoCommand[issuer=" + issuer + ", clientId=" + clientId + "]";
        }
    }
}
