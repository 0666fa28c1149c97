package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.token.TokenHash;
import java.util.UUID;

/**
 * A fast stand-in for the PBKDF2 hasher in application tests: SHA-256 with a random salt, held to
 * the same {@link PasswordHasherContract} as the real one.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "fake$";

    private int verifications;

    @Override
    public String hash(Password password) {
        String salt = UUID.randomUUID().toString();
        return PREFIX + salt + "$" + digest(salt, password.toCharArray());
    }

    @Override
    public synchronized boolean verify(char[] candidate, String hash) {
        verifications++;
        String[] parts = hash.split("\\$", -1);
        return parts.length == 3 && hash.startsWith(PREFIX) && parts[2].equals(digest(parts[1], candidate));
    }

    @Override
    public synchronized void verifyNothing(char[] candidate) {
        verifications++;
    }

    /** How many verifications ran, real or dummy. */
    public synchronized int verifications() {
        return verifications;
    }

    private static String digest(String salt, char[] password) {
        return TokenHash.of(salt + new String(password)).hex();
    }
}
