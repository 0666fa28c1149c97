package com.dashify.identity.adapter.persistence.credential;

import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.domain.credential.Password;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;

/**
 * Console passwords hashed with Jakarta Security's PBKDF2 implementation: HMAC-SHA-512 with
 * 210,000 iterations (OWASP's 2023 figure for this algorithm), a 32-byte random salt and a 64-byte
 * key. The stored form names algorithm and iterations, so hashes made with other parameters still
 * verify when these change.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * A hash of a random password, verified against when the user is unknown, so that it costs the
     * same; made once at start and read by every request (volatile: set after construction).
     */
    private volatile String decoy;

    /** For CDI. */
    public Pbkdf2PasswordHasher() {
    }

    /** For tests, with an implementation created outside the container. */
    Pbkdf2PasswordHasher(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        initialize();
    }

    @PostConstruct
    void initialize() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(Password password) {
        char[] chars = password.toCharArray();
        try {
            return pbkdf2.generate(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean verify(char[] candidate, String hash) {
        try {
            return pbkdf2.verify(candidate, hash);
        } catch (IllegalArgumentException notAHashWeKnow) {
            return false;
        }
    }

    @Override
    public void verifyNothing(char[] candidate) {
        pbkdf2.verify(candidate, decoy);
    }
}
