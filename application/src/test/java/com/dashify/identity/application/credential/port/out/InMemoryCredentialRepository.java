package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Console password hashes in memory, for application tests. */
public final class InMemoryCredentialRepository implements CredentialRepository {

    private final Map<UserId, LocalCredential> credentials = new HashMap<>();

    @Override
    public synchronized Optional<LocalCredential> find(TenantId tenantId, UserId userId) {
        return Optional.ofNullable(credentials.get(userId)).filter(found -> found.tenantId().equals(tenantId));
    }

    @Override
    public synchronized void save(LocalCredential credential) {
        credentials.put(credential.userId(), credential);
    }
}
