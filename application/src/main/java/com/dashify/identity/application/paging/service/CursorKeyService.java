package com.dashify.identity.application.paging.service;

import com.dashify.identity.application.paging.port.in.CursorKeyUseCase;
import com.dashify.identity.application.paging.port.out.SigningKeyRepository;
import java.security.SecureRandom;

/**
 * Reads the cursor key from the shared store, generating and storing it at first use. Kept once
 * read: a stored key never changes, so no node needs to read it twice.
 */
public final class CursorKeyService implements CursorKeyUseCase {

    /** The name the key is stored under. */
    public static final String KEY_NAME = "scim-cursor";
    private static final int KEY_BYTES = 32;

    private final SigningKeyRepository keys;
    private final SecureRandom random;
    private volatile byte[] key;

    public CursorKeyService(SigningKeyRepository keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    @Override
    public byte[] cursorKey() {
        byte[] known = key;
        if (known == null) {
            known = keys.find(KEY_NAME).orElseGet(() -> {
                byte[] fresh = new byte[KEY_BYTES];
                random.nextBytes(fresh);
                return keys.addIfAbsent(KEY_NAME, fresh);
            });
            key = known;
        }
        return known.clone();
    }
}
