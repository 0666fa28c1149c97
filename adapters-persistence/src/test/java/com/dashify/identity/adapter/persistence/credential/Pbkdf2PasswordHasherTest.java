package com.dashify.identity.adapter.persistence.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.credential.Password;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The hasher with the Jakarta Security implementation Payara ships (Soteria). */
class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new Pbkdf2PasswordHashImpl());

    @Test
    void hashIsSaltedSlowPbkdf2AndVerifiesOnlyTheRightPassword() {
        String hash = hasher.hash(new Password("correct horse battery staple"));
        String again = hasher.hash(new Password("correct horse battery staple"));

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("horse");
        assertThat(again).isNotEqualTo(hash);
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapl3".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesOfOtherShapesDoNotVerifyAndDoNotThrow() {
        assertThat(hasher.verify("anything at all".toCharArray(), "not-a-hash")).isFalse();
        hasher.verifyNothing("anything at all".toCharArray());
    }
}
