package com.dashify.identity.application.user.port.in;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import java.util.Optional;

/** Reads one user of a tenant. Deleted users and other tenants' users are not found. */
public interface GetUserUseCase {

    Optional<User> get(TenantId tenantId, UserId userId);
}
