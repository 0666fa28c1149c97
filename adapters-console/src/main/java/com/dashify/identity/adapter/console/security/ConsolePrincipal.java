package com.dashify.identity.adapter.console.security;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Optional;

/**
 * The caller name the console gives a signed-in administrator, {@code <tenant id>/<user id>}: an
 * identity only. What they may do is decided again on every request from their current state.
 */
public record ConsolePrincipal(TenantId tenantId, UserId userId) {

    String name() {
        return tenantId + "/" + userId;
    }

    public static Optional<ConsolePrincipal> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            TenantId tenantId = TenantId.of(name.substring(0, slash));
            return UserId.parse(name.substring(slash + 1)).map(userId -> new ConsolePrincipal(tenantId, userId));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
