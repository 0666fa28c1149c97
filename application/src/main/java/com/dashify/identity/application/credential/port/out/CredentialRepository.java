package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Optional;

/** Stores console password hashes, one per administrator at most. */
public interface CredentialRepository {

    Optional<LocalCredential> find(TenantId tenantId, UserId userId);

    /** Stores the credential, replacing the user's previous one. */
    void save(LocalCredential credential);
}
