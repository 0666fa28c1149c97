package com.dashify.identity.application.credential.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.dashify.identity.domain.credential.Password;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} must do, run against the fast fake the application tests use
 * and against the PBKDF2 hasher the service uses, so that what those tests prove holds for it.
 */
public abstract class PasswordHasherContract {

    private static final String PASSWORD = "correct horse battery staple";

    /** The hasher under test. */
    protected abstract PasswordHasher hasher();

    @Test
    void theRightPasswordVerifiesAndNoOtherDoes() {
        String hash = hasher().hash(new Password(PASSWORD));

        assertThat(hasher().verify(PASSWORD.toCharArray(), hash)).isTrue();
        assertThat(hasher().verify("correct horse battery stapl3".toCharArray(), hash)).isFalse();
        assertThat(hasher().verify("Correct horse battery staple".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesAreSaltedAndHoldNoPassword() {
        String hash = hasher().hash(new Password(PASSWORD));
        String again = hasher().hash(new Password(PASSWORD));

        assertThat(again).as("salted: the same password hashes differently each time").isNotEqualTo(hash);
        assertThat(hash).doesNotContain("horse");
        assertThat(hasher().verify(PASSWORD.toCharArray(), again)).isTrue();
    }

    @Test
    void aHashOfAnotherShapeDoesNotVerifyAndDoesNotThrow() {
        assertThat(hasher().verify(PASSWORD.toCharArray(), "not-a-hash")).isFalse();
        assertThat(hasher().verify(PASSWORD.toCharArray(), "")).isFalse();
        assertThatCode(() -> hasher().verifyNothing(PASSWORD.toCharArray())).doesNotThrowAnyException();
    }
}
