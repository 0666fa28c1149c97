package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.token.TokenHash;
import java.util.Optional;

/** Stores password setup links by the hash of their secret. */
public interface PasswordSetupRepository {

    void add(PasswordSetup setup);

    /** The link whose secret has this hash, locked against a concurrent use until the transaction ends. */
    Optional<PasswordSetup> findByHashForUpdate(TokenHash hash);

    /** Stores a spent link. */
    void update(PasswordSetup setup);
}
