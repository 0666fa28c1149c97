package com.dashify.identity.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The tamper-evident chain of one tenant's audit records. Each link stores the SHA-256 of the
 * previous link's hash and its record's canonical content, so that editing a record, deleting one
 * or changing their order breaks the chain at that record.
 */
public final class AuditChain {

    /** The "previous hash" of a tenant's first link. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The hash of a link: SHA-256 over the previous hash and the record's canonical content, in hex. */
    public static String linkHash(String previousHash, String canonicalContent) {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(canonicalContent, "canonicalContent");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /**
     * A record's fields as one unambiguous text: each field as its length, a colon and the field,
     * or {@code -} for a field without a value. No two different field lists give the same text.
     */
    public static String canonical(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                text.append('-');
            } else {
                text.append(field.length()).append(':').append(field);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
