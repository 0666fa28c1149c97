package com.dashify.identity.adapter.persistence.credential;

import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.domain.credential.Password;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Console passwords hashed with PBKDF2: HMAC-SHA-512 with 210,000 iterations (OWASP's 2023 figure
 * for this algorithm), a 32-byte random salt and a 64-byte key, computed by the JDK.
 *
 * <p>The stored form is Jakarta Security's ({@code Pbkdf2PasswordHash}, which hashed them until
 * the service ran on more than one server): {@code algorithm:iterations:salt:hash}, salt and hash
 * in Base64. So hashes stored before verify now, and hashes made with other parameters still
 * verify when these change. Not Jakarta Security's bean itself: WildFly provides it only to
 * applications that declare a Jakarta Security authentication mechanism, which this one does not.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    /** What a stored hash may name: Jakarta Security's set. */
    private static final Set<String> KNOWN_ALGORITHMS = Set.of(
            "PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");
    /** Beyond this a stored hash is not one of ours; verifying it could take minutes. */
    private static final int MAX_ITERATIONS = 10_000_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A hash of a random password, verified against when the user is unknown, so that it costs the
     * same. Made on first use, once per JVM: CDI constructs the class for its proxy too.
     */
    private static final class Decoy {
        static final String HASH = generate(UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(Password password) {
        char[] chars = password.toCharArray();
        try {
            return generate(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean verify(char[] candidate, String hash) {
        String[] parts = hash == null ? new String[0] : hash.split(":", -1);
        if (parts.length != 4 || !KNOWN_ALGORITHMS.contains(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, pbkdf2(parts[0], candidate, salt, iterations, expected.length));
        } catch (IllegalArgumentException notAHashWeKnow) {
            return false;
        }
    }

    @Override
    public void verifyNothing(char[] candidate) {
        verify(candidate, Decoy.HASH);
    }

    private static String generate(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = pbkdf2(ALGORITHM, password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    private static byte[] pbkdf2(String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
