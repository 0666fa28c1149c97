package com.dashify.identity.application.passkey.port.out;

import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException;
import com.dashify.identity.domain.passkey.PasskeyId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Passkeys in memory, for application tests; it keeps copies, as a database would. */
public final class InMemoryPasskeyRepository implements PasskeyRepository {

    private final Map<PasskeyId, Passkey> passkeys = new LinkedHashMap<>();

    @Override
    public synchronized void add(Passkey passkey) {
        if (findByCredentialId(passkey.credentialId()).isPresent()) {
            throw new PasskeyAlreadyRegisteredException();
        }
        passkeys.put(passkey.id(), copy(passkey));
    }

    @Override
    public synchronized Optional<Passkey> findByCredentialIdForUpdate(String credentialId) {
        return findByCredentialId(credentialId);
    }

    @Override
    public synchronized Optional<Passkey> findByCredentialId(String credentialId) {
        return passkeys.values().stream().filter(passkey -> passkey.credentialId().equals(credentialId))
                .findFirst().map(InMemoryPasskeyRepository::copy);
    }

    @Override
    public synchronized List<Passkey> findOf(TenantId tenantId, UserId userId) {
        return passkeys.values().stream()
                .filter(passkey -> passkey.tenantId().equals(tenantId) && passkey.userId().equals(userId))
                .sorted(Comparator.comparing(Passkey::createdAt).thenComparing(passkey -> passkey.id().toString()))
                .map(InMemoryPasskeyRepository::copy)
                .toList();
    }

    @Override
    public synchronized void update(Passkey passkey) {
        if (!passkeys.containsKey(passkey.id())) {
            throw new IllegalStateException("update of a passkey that is not stored");
        }
        passkeys.put(passkey.id(), copy(passkey));
    }

    @Override
    public synchronized boolean remove(TenantId tenantId, UserId userId, PasskeyId id) {
        return passkeys.values().removeIf(passkey -> passkey.id().equals(id) && passkey.tenantId().equals(tenantId)
                && passkey.userId().equals(userId));
    }

    private static Passkey copy(Passkey passkey) {
        return Passkey.restore(passkey.id(), passkey.tenantId(), passkey.userId(), passkey.credentialId(),
                passkey.publicKeyRecord(), passkey.name(), passkey.createdAt(), passkey.signCount(),
                passkey.lastUsedAt().orElse(null), passkey.disabledAt().orElse(null),
                passkey.disabledReason().orElse(null));
    }
}
