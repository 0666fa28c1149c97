package com.dashify.identity.application.port.in;

import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import java.util.Objects;

/**
 * The operator's first step for a customer: creates the tenant, its first Org Admin, and a
 * token with the {@code scim} scope for the customer's directory.
 */
public interface CreateTenantUseCase {

    /**
     * @throws com.dashify.identity.domain.tenant.TenantNameTakenException when the name is taken
     */
    TenantCreated create(CreateTenantCommand command);

    /** The tenant's name and the user name of its first admin. */
    record CreateTenantCommand(TenantName name, UserName adminUserName, RequestContext request) {

        public CreateTenantCommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(adminUserName, "adminUserName");
            Objects.requireNonNull(request, "request");
        }
    }

    /** The new tenant, its admin, and the SCIM token whose secret is shown this once. */
    record TenantCreated(Tenant tenant, User admin, IssuedToken scimToken) {
    }
}
