package com.dashify.identity.application.tenant.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's way back into an organisation that has no active Org Admin left (its directory
 * deactivated or demoted them all): a new Org Admin who signs in to the console with a password,
 * outside the directory, as the first admin did.
 */
public interface AddOrgAdminUseCase {

    /**
     * @throws TenantNotFoundException                                when there is no such tenant
     * @throws com.dashify.identity.domain.user.UserNameTakenException when the tenant has that user name
     */
    OrgAdminAdded add(AddOrgAdminCommand command);

    /** The admin's user name, and a password (null: the admin chooses one through a one-time link). */
    record AddOrgAdminCommand(TenantId tenantId, UserName userName, Password password, RequestContext request) {

        public AddOrgAdminCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(userName, "userName");
            Objects.requireNonNull(request, "request");
        }
    }

    record OrgAdminAdded(User admin, Optional<TokenSecret> passwordSetup) {
    }
}
