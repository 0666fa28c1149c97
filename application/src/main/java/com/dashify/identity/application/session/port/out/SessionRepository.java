package com.dashify.identity.application.session.port.out;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores signed-in sessions. */
public interface SessionRepository {

    void add(SignInSession session);

    Optional<SignInSession> findById(SessionId id);

    /** Stores a changed session (seen, or revoked). */
    void update(SignInSession session);

    /** The sessions of a user that are not revoked (idle ones included). */
    List<SignInSession> findUnrevokedOf(TenantId tenantId, UserId userId);
}
