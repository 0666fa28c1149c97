package com.dashify.identity.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalAccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private static IssuedToken issue(Instant expiresAt) {
        return PersonalAccessToken.issue(TokenId.newId(), TenantId.newId(), UserId.newId(),
                new TokenName("Okta provisioning"), Set.of(Scope.SCIM), NOW, expiresAt, RANDOM);
    }

    @Test
    void issuedSecretHasPrefixChecksumAndMatchesOnlyItsHash() {
        IssuedToken issued = issue(null);
        String secret = issued.secret().reveal();

        assertThat(secret).startsWith("dfy_pat_").hasSize(TokenSecret.LENGTH);
        assertThat(TokenSecret.isWellFormed(secret)).isTrue();
        assertThat(issued.token().secretHash()).isEqualTo(TokenHash.of(secret));
        assertThat(issued.token().secretHash().matches(TokenHash.of(secret + "x"))).isFalse();
        assertThat(issued.secret().toString()).doesNotContain(secret.substring(8));
    }

    @Test
    void checksumCatchesAMistypedCharacter() {
        String secret = issue(null).secret().reveal();
        char[] chars = secret.toCharArray();
        chars[12] = chars[12] == 'a' ? 'b' : 'a';

        assertThat(TokenSecret.isWellFormed(new String(chars))).isFalse();
        assertThat(TokenSecret.isWellFormed("dfy_pat_short")).isFalse();
        assertThat(TokenSecret.isWellFormed(null)).isFalse();
        assertThat(TokenSecret.isWellFormed(secret.replace("dfy_pat_", "xyz_pat_"))).isFalse();
    }

    @Test
    void secretsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(issue(null).secret().reveal())).isTrue();
        }
    }

    @Test
    void tokenExpiresAtItsExpiryInstant() {
        PersonalAccessToken token = issue(NOW.plus(Duration.ofDays(30))).token();

        assertThat(token.isUsableAt(NOW.plus(Duration.ofDays(30)).minusMillis(1))).isTrue();
        assertThat(token.isUsableAt(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void revocationIsFinalAndKeepsTheFirstReason() {
        PersonalAccessToken token = issue(null).token();

        token.revoke(NOW, "owner deactivated");
        token.revoke(NOW.plusSeconds(5), "again");

        assertThat(token.isUsableAt(NOW)).isFalse();
        assertThat(token.revokedAt()).contains(NOW);
        assertThat(token.revocationReason()).contains("owner deactivated");
    }

    @Test
    void tokenNeedsAScopeAndAnExpiryAfterCreation() {
        assertThatThrownBy(() -> PersonalAccessToken.issue(TokenId.newId(), TenantId.newId(), UserId.newId(),
                new TokenName("x"), Set.of(), NOW, null, RANDOM)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issue(NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesAreCheckedOneByOne() {
        PersonalAccessToken token = issue(null).token();

        assertThat(token.allows(Scope.SCIM)).isTrue();
        assertThat(token.allows(Scope.TOKENS)).isFalse();
    }
}
