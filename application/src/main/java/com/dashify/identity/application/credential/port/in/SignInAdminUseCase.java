package com.dashify.identity.application.credential.port.in;

import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/**
 * Checks an administrator's console password. Wrong organisation, unknown user, user without a
 * password and wrong password all fail the same way, in about the same time.
 */
public interface SignInAdminUseCase {

    /**
     * @throws AuthenticationFailedException when the credentials do not match
     */
    SignedIn signIn(SignInCommand command);

    /**
     * @param password the password as typed; the caller clears the array afterwards
     */
    record SignInCommand(String tenantName, String userName, char[] password, RequestContext request) {

        public SignInCommand {
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(request, "request");
        }

        @Override
        public String toString() {
            return "SignInCommand[tenantName=" + tenantName + ", userName=" + userName + "]";
        }
    }

    /**
     * Whose password it was, and whether they may use the console now (an active Org Admin).
     */
    record SignedIn(TenantId tenantId, UserId userId, String userName, boolean allowed) {
    }
}
