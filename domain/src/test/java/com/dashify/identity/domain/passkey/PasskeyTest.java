package com.dashify.identity.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasskeyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private static Passkey passkey(long signCount) {
        return Passkey.register(TenantId.newId(), UserId.newId(), "AbC-_09", new byte[] {1, 2, 3}, signCount,
                "Laptop", NOW);
    }

    @Test
    void aCounterMustMoveForwardUnlessTheAuthenticatorKeepsNone() {
        Passkey counting = passkey(5);
        counting.used(6, NOW.plusSeconds(1));
        assertThatThrownBy(() -> counting.used(6, NOW.plusSeconds(2))).isInstanceOf(PasskeyCloneSuspectedException.class);

        Passkey noCounter = passkey(0);
        noCounter.used(0, NOW.plusSeconds(1));
        noCounter.used(0, NOW.plusSeconds(2));
        assertThat(noCounter.lastUsedAt()).contains(NOW.plusSeconds(2));
    }

    @Test
    void aDisabledPasskeyStaysDisabledAndCannotBeUsed() {
        Passkey passkey = passkey(0);
        passkey.disable(NOW, "owner deactivated");
        passkey.disable(NOW.plusSeconds(5), "again");

        assertThat(passkey.isEnabled()).isFalse();
        assertThat(passkey.disabledAt()).contains(NOW);
        assertThat(passkey.disabledReason()).contains("owner deactivated");
        assertThatThrownBy(() -> passkey.used(1, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void credentialIdsAreBase64UrlAndBounded() {
        assertThatThrownBy(() -> Passkey.register(TenantId.newId(), UserId.newId(), "not/base64url=", new byte[1], 0,
                "x", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Passkey.register(TenantId.newId(), UserId.newId(), "a".repeat(1365), new byte[1], 0,
                "x", NOW)).isInstanceOf(InvalidValueException.class);
    }
}
