package com.dashify.identity.domain.credential;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * The console password of an administrator, as its hash only.
 *
 * @param passwordHash the hasher's self-describing hash (algorithm, iterations, salt, key)
 */
public record LocalCredential(TenantId tenantId, UserId userId, String passwordHash, Instant setAt) {

    public LocalCredential {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(setAt, "setAt");
    }

    @Override
    public String toString() {
        return "LocalCredential[tenantId=" + tenantId + ", userId=" + userId + ", setAt=" + setAt + "]";
    }
}
