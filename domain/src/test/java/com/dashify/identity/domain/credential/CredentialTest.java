package com.dashify.identity.domain.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

    @Test
    void passwordNeedsTwelveToOneHundredTwentyEightCharactersAndNoControls() {
        assertThatThrownBy(() -> new Password("elevenchars")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Password("x".repeat(129))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Password("twelve chars\n")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Password(null)).isInstanceOf(InvalidValueException.class);
        assertThat(new Password("twelve chars").toCharArray()).hasSize(12);
    }

    @Test
    void passwordIsNeverPrinted() {
        assertThat(new Password("correct horse battery").toString()).doesNotContain("horse");
    }

    @Test
    void setupLinkWorksOnceAndExpiresAfterThreeDays() {
        PasswordSetup.Issued issued = PasswordSetup.issue(TenantId.newId(), UserId.newId(), NOW, new SecureRandom());
        PasswordSetup setup = issued.setup();

        assertThat(TokenSecret.isWellFormed(TokenSecret.SETUP_PREFIX, issued.secret().reveal())).isTrue();
        assertThat(TokenSecret.isWellFormed(issued.secret().reveal())).as("not a personal access token").isFalse();
        assertThat(setup.secretHash()).isEqualTo(issued.secret().hash());
        assertThat(setup.isUsableAt(NOW.plus(PasswordSetup.VALIDITY).minusSeconds(1))).isTrue();
        assertThat(setup.isUsableAt(NOW.plus(PasswordSetup.VALIDITY))).isFalse();

        setup.use(NOW.plusSeconds(10));

        assertThat(setup.usedAt()).contains(NOW.plusSeconds(10));
        assertThatThrownBy(() -> setup.use(NOW.plusSeconds(11))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSupersededLinkIsExpiredFromThenOn() {
        SecureRandom random = new SecureRandom();
        PasswordSetup superseded = PasswordSetup.issue(TenantId.newId(), UserId.newId(), NOW, random).setup();
        PasswordSetup used = PasswordSetup.issue(TenantId.newId(), UserId.newId(), NOW, random).setup();
        used.use(NOW.plusSeconds(5));

        superseded.supersede(NOW.plusSeconds(10));
        used.supersede(NOW.plusSeconds(10));

        assertThat(superseded.expiresAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(superseded.isUsableAt(NOW.plusSeconds(10))).isFalse();
        assertThatThrownBy(() -> superseded.use(NOW.plusSeconds(11))).isInstanceOf(IllegalStateException.class);
        assertThat(used.expiresAt()).as("a used link keeps its record").isEqualTo(NOW.plus(PasswordSetup.VALIDITY));
    }
}
