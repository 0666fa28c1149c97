package com.dashify.identity.application.credential.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.credential.Password;
import java.util.Objects;

/** Spends a one-time setup link to set an administrator's console password. */
public interface CompletePasswordSetupUseCase {

    /**
     * @return where to sign in: the tenant's and the user's names
     * @throws SetupLinkInvalidException when the link is unknown, used or expired
     */
    PasswordSet complete(CompletePasswordSetupCommand command);

    /** The secret from the link, the chosen password, and the request. */
    record CompletePasswordSetupCommand(String setupSecret, Password password, RequestContext request) {

        public CompletePasswordSetupCommand {
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String toString() {
            return "CompletePasswordSetupCommand[hidden]";
        }
    }

    /** The names to sign in with. */
    record PasswordSet(String tenantName, String userName) {
    }
}
