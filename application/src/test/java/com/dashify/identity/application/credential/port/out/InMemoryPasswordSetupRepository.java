package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Password setup links in memory, for application tests. */
public final class InMemoryPasswordSetupRepository implements PasswordSetupRepository {

    private final Map<UUID, PasswordSetup> setups = new HashMap<>();

    @Override
    public synchronized void add(PasswordSetup setup) {
        setups.put(setup.id(), copy(setup));
    }

    @Override
    public synchronized Optional<PasswordSetup> findByHashForUpdate(TokenHash hash) {
        return setups.values().stream().filter(setup -> setup.secretHash().equals(hash)).findFirst()
                .map(InMemoryPasswordSetupRepository::copy);
    }

    @Override
    public synchronized List<PasswordSetup> findUsableOfForUpdate(TenantId tenantId, UserId userId, Instant now) {
        return setups.values().stream()
                .filter(setup -> setup.tenantId().equals(tenantId) && setup.userId().equals(userId)
                        && setup.isUsableAt(now))
                .map(InMemoryPasswordSetupRepository::copy).toList();
    }

    @Override
    public synchronized void update(PasswordSetup setup) {
        if (!setups.containsKey(setup.id())) {
            throw new IllegalStateException("update of a setup link that is not stored");
        }
        setups.put(setup.id(), copy(setup));
    }

    private static PasswordSetup copy(PasswordSetup setup) {
        return PasswordSetup.restore(setup.id(), setup.tenantId(), setup.userId(), setup.secretHash(),
                setup.createdAt(), setup.expiresAt(), setup.usedAt().orElse(null));
    }
}
