package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.token.TokenHash;

/**
 * A fast stand-in for the PBKDF2 hasher in application tests: salted SHA-256. The real hasher is
 * tested on its own, with the real Jakarta Security implementation.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private int verifications;

    @Override
    public String hash(Password password) {
        return "fake$" + TokenHash.of("salt" + new String(password.toCharArray())).hex();
    }

    @Override
    public synchronized boolean verify(char[] candidate, String hash) {
        verifications++;
        return hash.equals("fake$" + TokenHash.of("salt" + new String(candidate)).hex());
    }

    @Override
    public synchronized void verifyNothing(char[] candidate) {
        verifications++;
    }

    /** How many verifications ran, real or dummy. */
    public synchronized int verifications() {
        return verifications;
    }
}
