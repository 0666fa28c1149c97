package com.dashify.identity.adapter.persistence.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.application.credential.port.out.PasswordHasherContract;
import com.dashify.identity.domain.credential.Password;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The hasher with the Jakarta Security implementation Payara ships (Soteria), held to the port's contract. */
class Pbkdf2PasswordHasherTest extends PasswordHasherContract {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(new Pbkdf2PasswordHashImpl());

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void hashIsSlowPbkdf2WithSha512AndSaysSo() {
        assertThat(hasher.hash(new Password("correct horse battery staple")))
                .startsWith("PBKDF2WithHmacSHA512:210000:");
    }
}
