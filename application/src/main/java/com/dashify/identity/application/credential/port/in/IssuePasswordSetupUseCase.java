package com.dashify.identity.application.credential.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.UserName;
import java.util.Objects;

/**
 * The operator issues a new one-time password setup link to an Org Admin of a tenant: for an admin
 * whose first link expired, who forgot their password, or who never had one.
 */
public interface IssuePasswordSetupUseCase {

    /**
     * @return the link's secret, shown this once
     * @throws TenantNotFoundException when there is no such tenant
     * @throws AccessDeniedException   when the user is not an active Org Admin of the tenant
     */
    TokenSecret issue(IssuePasswordSetupCommand command);

    /** Whose link, and from which request. */
    record IssuePasswordSetupCommand(TenantId tenantId, UserName userName, RequestContext request) {

        public IssuePasswordSetupCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(request, "request");
        }
    }
}
