package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores password setup links by the hash of their secret. */
public interface PasswordSetupRepository {

    void add(PasswordSetup setup);

    /** The link whose secret has this hash, locked against a concurrent use until the transaction ends. */
    Optional<PasswordSetup> findByHashForUpdate(TokenHash hash);

    /**
     * The user's links that are neither used nor expired at {@code now}, locked against a concurrent
     * use until the transaction ends.
     */
    List<PasswordSetup> findUsableOfForUpdate(TenantId tenantId, UserId userId, Instant now);

    /** Stores a spent or superseded link (when it was used, and when it expires). */
    void update(PasswordSetup setup);
}
