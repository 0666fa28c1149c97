package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import java.util.Set;

/** Who the caller is right now: their account, their current role and what it permits. */
public interface CurrentUserUseCase {

    /** @throws AuthenticationFailedException if the caller is no longer an active user */
    CurrentUser describe(Actor actor);

    record CurrentUser(TenantId tenantId, String tenantName, UserId userId, String userName, String displayName,
                       Role role, Set<Permission> permissions) {
    }
}
