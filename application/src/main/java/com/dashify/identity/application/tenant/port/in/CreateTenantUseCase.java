package com.dashify.identity.application.tenant.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's first step for a customer: creates the tenant, its first Org Admin, and a
 * token with the {@code scim} scope for the customer's directory.
 */
public interface CreateTenantUseCase {

    /**
     * @throws com.dashify.identity.domain.tenant.TenantNameTakenException when the name is taken
     */
    TenantCreated create(CreateTenantCommand command);

    /**
     * The tenant's name and its first admin: user name, and console password if the operator sets
     * one (null: the admin chooses it through a one-time setup link instead).
     */
    record CreateTenantCommand(TenantName name, UserName adminUserName, Password adminPassword,
                               RequestContext request) {

        public CreateTenantCommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(adminUserName, "adminUserName");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The new tenant, its admin, the SCIM token whose secret is shown this once, and, when no
     * password was given, the one-time password setup secret.
     */
    record TenantCreated(Tenant tenant, User admin, IssuedToken scimToken, Optional<TokenSecret> passwordSetup) {
    }
}
