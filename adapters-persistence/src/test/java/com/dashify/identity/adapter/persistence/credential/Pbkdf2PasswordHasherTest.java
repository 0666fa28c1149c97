package com.dashify.identity.adapter.persistence.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.application.credential.port.out.PasswordHasherContract;
import com.dashify.identity.domain.credential.Password;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/**
 * The hasher held to the port's contract, and to Jakarta Security's stored form: hashes made by
 * the implementation Payara ships (Soteria), which hashed every password stored before, verify.
 */
class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void hashIsSlowPbkdf2WithSha512AndSaysSo() {
        assertThat(hasher.hash(new Password("correct horse battery staple")))
                .matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{86}==");
    }

    @Test
    void hashesStoredByJakartaSecurityVerifyAndTheOtherWayRound() {
        Pbkdf2PasswordHashImpl soteria = new Pbkdf2PasswordHashImpl();
        soteria.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        String stored = soteria.generate("correct horse battery staple".toCharArray());

        assertThat(hasher.verify("correct horse battery staple".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), stored)).isFalse();
        assertThat(soteria.verify("s3cret-Passw0rd".toCharArray(), hasher.hash(new Password("s3cret-Passw0rd"))))
                .isTrue();
    }

    @Test
    void hashesWithOtherParametersStillVerify() {
        Pbkdf2PasswordHashImpl soteria = new Pbkdf2PasswordHashImpl();
        // Jakarta Security's defaults: SHA-256, 2,048 iterations, 32-byte key and salt.
        soteria.initialize(Map.of());
        String stored = soteria.generate("an older password".toCharArray());

        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:2048:");
        assertThat(hasher.verify("an older password".toCharArray(), stored)).isTrue();
    }

    @Test
    void whatIsNotAStoredHashNeverVerifies() {
        char[] password = "whatever".toCharArray();
        assertThat(hasher.verify(password, null)).isFalse();
        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:210000:c2FsdA==")).isFalse();
        assertThat(hasher.verify(password, "MD5:1:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:x:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:0:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:2000000000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:1:not base64!:aGFzaA==")).isFalse();
        assertThat(hasher.verify(password, "PBKDF2WithHmacSHA512:1::")).isFalse();
    }
}
