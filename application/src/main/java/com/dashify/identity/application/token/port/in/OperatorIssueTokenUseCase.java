package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.UserName;
import java.util.Objects;
import java.util.Set;

/** The operator issues a token to an Org Admin of a tenant, for automation and first set-up. */
public interface OperatorIssueTokenUseCase {

    /**
     * @throws TenantNotFoundException when there is no such tenant
     * @throws AccessDeniedException   when the owner is not an active Org Admin of the tenant
     */
    IssuedToken issue(OperatorIssueTokenCommand command);

    /**
     * @param ownerUserName an Org Admin of the tenant; null for the tenant's first admin
     */
    record OperatorIssueTokenCommand(TenantId tenantId, UserName ownerUserName, TokenName name, Set<Scope> scopes,
                                     Integer expiresInDays, RequestContext request) {

        public OperatorIssueTokenCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(name, "name");
            scopes = Set.copyOf(scopes);
            Objects.requireNonNull(request, "request");
        }
    }
}
