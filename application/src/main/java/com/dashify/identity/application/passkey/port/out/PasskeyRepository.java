package com.dashify.identity.application.passkey.port.out;

import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores passkeys. A credential id belongs to one passkey only, across all tenants. */
public interface PasskeyRepository {

    /**
     * @throws com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException when a
     *         passkey with the same credential id exists
     */
    void add(Passkey passkey);

    /** The passkey with this credential id, locked until the transaction ends. */
    Optional<Passkey> findByCredentialIdForUpdate(String credentialId);

    Optional<Passkey> findByCredentialId(String credentialId);

    /** The user's passkeys, disabled ones included, oldest first. */
    List<Passkey> findOf(TenantId tenantId, UserId userId);

    void update(Passkey passkey);

    /** Removes one of the user's passkeys; false when the user has no passkey with that id. */
    boolean remove(TenantId tenantId, UserId userId, PasskeyId id);
}
