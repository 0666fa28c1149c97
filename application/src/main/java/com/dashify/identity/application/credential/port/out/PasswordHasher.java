package com.dashify.identity.application.credential.port.out;

import com.dashify.identity.domain.credential.Password;

/** A deliberately slow, salted password hash (PBKDF2 or better), self-describing so it can evolve. */
public interface PasswordHasher {

    String hash(Password password);

    /** Whether the password matches the hash, in time independent of where they differ. */
    boolean verify(char[] candidate, String hash);

    /**
     * Spends about the time of one verification, for sign-in attempts of unknown users, so that
     * response times do not tell which user names exist.
     */
    void verifyNothing(char[] candidate);
}
