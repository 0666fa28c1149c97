package com.dashify.identity.application.session.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL, so that application tests on the in-memory store prove something.
 */
public abstract class SessionRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    protected TenantId tenant;
    protected TenantId otherTenant;
    private UserId user;

    /** The store under test; each test starts from a store with no sessions in {@link #tenant}. */
    protected abstract SessionRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Makes a user of the tenant with this id exist, for stores that check references. */
    protected abstract void givenUser(TenantId tenantId, UserId userId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantsAndUser() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
        user = newUser(tenant);
    }

    private UserId newUser(TenantId tenantId) {
        UserId id = UserId.newId();
        givenUser(tenantId, id);
        return id;
    }

    private SignInSession add(SignInSession session) {
        inTransaction(() -> {
            repository().add(session);
            return null;
        });
        return session;
    }

    private SignInSession find(SessionId id) {
        return inTransaction(() -> repository().findById(id)).orElseThrow();
    }

    private List<SessionId> unrevokedOf(TenantId tenantId, UserId userId) {
        return inTransaction(() -> repository().findUnrevokedOf(tenantId, userId)).stream().map(SignInSession::id)
                .toList();
    }

    @Test
    void storedSessionReadsBackWithEveryAttribute() {
        SignInSession started = add(SignInSession.start(tenant, user, SignInMethod.PASSWORD, T0, "192.0.2.1",
                "Mozilla/5.0 (X11; Linux x86_64)"));

        List<SignInSession> reads = List.of(find(started.id()),
                inTransaction(() -> repository().findUnrevokedOf(tenant, user)).get(0));

        for (SignInSession found : reads) {
            assertThat(found.id()).isEqualTo(started.id());
            assertThat(found.tenantId()).isEqualTo(tenant);
            assertThat(found.userId()).isEqualTo(user);
            assertThat(found.method()).isEqualTo(SignInMethod.PASSWORD);
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.lastSeenAt()).isEqualTo(T0);
            assertThat(found.clientAddress()).contains("192.0.2.1");
            assertThat(found.userAgent()).contains("Mozilla/5.0 (X11; Linux x86_64)");
            assertThat(found.revokedAt()).isEmpty();
            assertThat(found.revocationReason()).isEmpty();
        }
    }

    @Test
    void everySignInMethodAndAbsentClientDetailsReadBack() {
        SignInSession sso = add(SignInSession.start(tenant, user, SignInMethod.SSO, T0, null, null));
        SignInSession passkey = add(SignInSession.start(tenant, user, SignInMethod.PASSKEY, T0, null, null));

        assertThat(find(sso.id()).method()).isEqualTo(SignInMethod.SSO);
        assertThat(find(passkey.id()).method()).isEqualTo(SignInMethod.PASSKEY);
        assertThat(find(sso.id()).clientAddress()).isEmpty();
        assertThat(find(sso.id()).userAgent()).isEmpty();
    }

    @Test
    void unknownSessionIsNotFound() {
        add(SignInSession.start(tenant, user, SignInMethod.PASSWORD, T0, null, null));

        assertThat(inTransaction(() -> repository().findById(SessionId.newId()))).isEmpty();
    }

    @Test
    void updateStoresLastSeenAndRevocation() {
        SignInSession started = add(SignInSession.start(tenant, user, SignInMethod.PASSWORD, T0, "192.0.2.1", "UA"));

        inTransaction(() -> {
            SignInSession loaded = repository().findById(started.id()).orElseThrow();
            loaded.seen(T0.plusSeconds(90));
            repository().update(loaded);
            return null;
        });
        SignInSession seen = find(started.id());
        inTransaction(() -> {
            SignInSession loaded = repository().findById(started.id()).orElseThrow();
            loaded.revoke(T0.plusSeconds(95), "signed out");
            repository().update(loaded);
            return null;
        });
        SignInSession revoked = find(started.id());

        assertThat(seen.lastSeenAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(seen.revokedAt()).isEmpty();
        assertThat(revoked.lastSeenAt()).isEqualTo(T0.plusSeconds(90));
        assertThat(revoked.revokedAt()).contains(T0.plusSeconds(95));
        assertThat(revoked.revocationReason()).contains("signed out");
        assertThat(revoked.isLiveAt(T0.plusSeconds(96))).isFalse();
        assertThat(revoked.clientAddress()).contains("192.0.2.1");
        assertThat(revoked.userAgent()).contains("UA");
        assertThat(revoked.createdAt()).isEqualTo(T0);
    }

    @Test
    void unrevokedSessionsOfAUserIncludeIdleOnesAndNoOneElses() {
        SignInSession open = add(SignInSession.start(tenant, user, SignInMethod.PASSWORD, T0, null, null));
        SignInSession idle = add(SignInSession.start(tenant, user, SignInMethod.SSO,
                T0.minus(SignInSession.IDLE_TIMEOUT.multipliedBy(4)), null, null));
        SignInSession revoked = add(SignInSession.start(tenant, user, SignInMethod.PASSKEY, T0, null, null));
        UserId colleague = newUser(tenant);
        add(SignInSession.start(tenant, colleague, SignInMethod.PASSWORD, T0, null, null));
        inTransaction(() -> {
            SignInSession loaded = repository().findById(revoked.id()).orElseThrow();
            loaded.revoke(T0.plusSeconds(5), "signed out");
            repository().update(loaded);
            return null;
        });

        assertThat(unrevokedOf(tenant, user)).containsExactlyInAnyOrder(open.id(), idle.id());
        assertThat(unrevokedOf(otherTenant, user)).isEmpty();
        assertThat(unrevokedOf(tenant, UserId.newId())).isEmpty();
    }

    @Test
    void updateNeverStoresASessionThatWasNotAdded() {
        SignInSession neverAdded = SignInSession.start(tenant, user, SignInMethod.PASSWORD, T0, null, null);

        assertThatThrownBy(() -> inTransaction(() -> {
            repository().update(neverAdded);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inTransaction(() -> repository().findById(neverAdded.id()))).isEmpty();
    }
}
