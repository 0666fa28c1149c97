package com.dashify.identity.adapter.persistence.session;

import static com.dashify.identity.adapter.persistence.Timestamps.fromColumn;
import static com.dashify.identity.adapter.persistence.Timestamps.toColumn;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores signed-in sessions with JPA. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaSessionRepository() {
    }

    public JpaSessionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(SignInSession session) {
        SessionJpaEntity row = new SessionJpaEntity();
        row.id = session.id().toString();
        row.tenantId = session.tenantId().toString();
        row.userId = session.userId().toString();
        row.method = session.method().name();
        row.createdAt = toColumn(session.createdAt());
        row.clientAddress = session.clientAddress().orElse(null);
        row.userAgent = session.userAgent().orElse(null);
        copyChanges(session, row);
        em.persist(row);
    }

    @Override
    public Optional<SignInSession> findById(SessionId id) {
        return Optional.ofNullable(em.find(SessionJpaEntity.class, id.toString())).map(JpaSessionRepository::toDomain);
    }

    @Override
    public void update(SignInSession session) {
        SessionJpaEntity row = em.find(SessionJpaEntity.class, session.id().toString());
        if (row == null) {
            throw new IllegalStateException("update of a session that is not stored");
        }
        copyChanges(session, row);
    }

    @Override
    public List<SignInSession> findUnrevokedOf(TenantId tenantId, UserId userId) {
        return em.createQuery("select s from UserSession s where s.tenantId = :tenant and s.userId = :user"
                        + " and s.revokedAt is null", SessionJpaEntity.class)
                .setParameter("tenant", tenantId.toString())
                .setParameter("user", userId.toString())
                .getResultStream()
                .map(JpaSessionRepository::toDomain)
                .toList();
    }

    private static void copyChanges(SignInSession session, SessionJpaEntity row) {
        row.lastSeenAt = toColumn(session.lastSeenAt());
        row.revokedAt = toColumn(session.revokedAt().orElse(null));
        row.revocationReason = session.revocationReason().orElse(null);
    }

    private static SignInSession toDomain(SessionJpaEntity row) {
        return SignInSession.restore(new SessionId(UUID.fromString(row.id)), new TenantId(UUID.fromString(row.tenantId)),
                new UserId(UUID.fromString(row.userId)), SignInMethod.valueOf(row.method), fromColumn(row.createdAt),
                row.clientAddress, row.userAgent, fromColumn(row.lastSeenAt), fromColumn(row.revokedAt),
                row.revocationReason);
    }
}
