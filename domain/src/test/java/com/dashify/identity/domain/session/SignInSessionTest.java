package com.dashify.identity.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInSessionTest {

    private static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");

    private static SignInSession started() {
        return SignInSession.start(TenantId.newId(), UserId.newId(), SignInMethod.PASSWORD, T0, "192.0.2.1",
                "Mozilla/5.0 " + "x".repeat(400));
    }

    @Test
    void liveUntilIdleForThirtyMinutes() {
        SignInSession session = started();

        assertThat(session.isLiveAt(T0.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(session.isLiveAt(T0.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(session.userAgent().orElseThrow()).hasSize(256);
    }

    @Test
    void lastSeenMovesAtMostOncePerMinute() {
        SignInSession session = started();

        assertThat(session.seen(T0.plusSeconds(30))).isFalse();
        assertThat(session.lastSeenAt()).isEqualTo(T0);
        assertThat(session.seen(T0.plusSeconds(60))).isTrue();
        assertThat(session.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(session.isLiveAt(T0.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void revocationIsFinal() {
        SignInSession session = started();

        session.revoke(T0.plusSeconds(5), "owner deactivated");
        session.revoke(T0.plusSeconds(9), "signed out");
        session.seen(T0.plusSeconds(120));

        assertThat(session.isLiveAt(T0.plusSeconds(10))).isFalse();
        assertThat(session.revocationReason()).contains("owner deactivated");
        assertThat(session.revokedAt()).contains(T0.plusSeconds(5));
    }
}
