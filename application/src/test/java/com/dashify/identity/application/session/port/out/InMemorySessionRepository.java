package com.dashify.identity.application.session.port.out;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Signed-in sessions in memory, for application tests; it keeps copies, as a database would. */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<SessionId, SignInSession> sessions = new LinkedHashMap<>();

    @Override
    public synchronized void add(SignInSession session) {
        sessions.put(session.id(), copy(session));
    }

    @Override
    public synchronized Optional<SignInSession> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(InMemorySessionRepository::copy);
    }

    @Override
    public synchronized void update(SignInSession session) {
        if (!sessions.containsKey(session.id())) {
            throw new IllegalStateException("update of a session that was never added");
        }
        sessions.put(session.id(), copy(session));
    }

    @Override
    public synchronized List<SignInSession> findUnrevokedOf(TenantId tenantId, UserId userId) {
        return sessions.values().stream()
                .filter(s -> s.tenantId().equals(tenantId) && s.userId().equals(userId) && s.revokedAt().isEmpty())
                .map(InMemorySessionRepository::copy).toList();
    }

    private static SignInSession copy(SignInSession s) {
        return SignInSession.restore(s.id(), s.tenantId(), s.userId(), s.method(), s.createdAt(),
                s.clientAddress().orElse(null), s.userAgent().orElse(null), s.lastSeenAt(), s.revokedAt().orElse(null),
                s.revocationReason().orElse(null));
    }
}
