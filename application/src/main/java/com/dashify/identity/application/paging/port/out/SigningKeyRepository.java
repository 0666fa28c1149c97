package com.dashify.identity.application.paging.port.out;

import java.util.Optional;

/** Stores named secrets shared by every node of a deployment; a stored secret never changes. */
public interface SigningKeyRepository {

    /** The secret stored under this name, if any. */
    Optional<byte[]> find(String name);

    /**
     * Stores the secret under this name unless one is stored already, and returns the one stored
     * then: of two nodes that race to store a first secret, both end up using the same one.
     */
    byte[] addIfAbsent(String name, byte[] secret);
}
