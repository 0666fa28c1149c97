package com.dashify.identity.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Walks a tenant's chain in sequence order and finds the first break: a missing link (a gap in the
 * sequence), a link that does not continue the one before it, a record that is gone, or a record
 * whose content no longer gives the hash stored for it.
 */
public final class ChainVerifier {

    /** Why the chain breaks at a link. */
    public enum Reason {
        /** The sequence skips: a link was deleted. */
        LINK_MISSING,
        /** The link's previous hash is not the hash of the link before it: links were moved or rewritten. */
        LINK_OUT_OF_ORDER,
        /** The record the link seals is gone. */
        RECORD_MISSING,
        /** The record's content is not what was sealed: it was edited. */
        RECORD_CHANGED
    }

    /** Where and why the chain breaks. */
    public record Break(long sequence, String recordId, Reason reason) {
    }

    private long expectedSequence;
    private String previousHash;
    private long checked;
    private Break firstBreak;

    /** Verifies a chain from its genesis. */
    public ChainVerifier() {
        this(1, AuditChain.GENESIS);
    }

    /**
     * Verifies a chain that starts later, after pruning: its first link must have this sequence
     * and continue this hash (that of the last link pruned), so that deleting the oldest records
     * that remain is a break like any other.
     */
    public ChainVerifier(long firstSequence, String previousHash) {
        if (firstSequence < 1) {
            throw new IllegalArgumentException("a chain starts at sequence 1 or later");
        }
        this.expectedSequence = firstSequence;
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
    }

    /**
     * Checks the next link.
     *
     * @param canonicalContent the sealed record's canonical content as it is stored now; null when
     *                         the record is gone
     * @return the first break, once there is one
     */
    public Optional<Break> accept(long sequence, String recordId, String linkPreviousHash, String linkHash,
                                  String canonicalContent) {
        if (firstBreak != null) {
            return Optional.of(firstBreak);
        }
        Objects.requireNonNull(linkHash, "linkHash");
        if (sequence != expectedSequence) {
            firstBreak = new Break(expectedSequence, recordId, Reason.LINK_MISSING);
        } else if (!previousHash.equals(linkPreviousHash)) {
            firstBreak = new Break(sequence, recordId, Reason.LINK_OUT_OF_ORDER);
        } else if (canonicalContent == null) {
            firstBreak = new Break(sequence, recordId, Reason.RECORD_MISSING);
        } else if (!AuditChain.linkHash(linkPreviousHash, canonicalContent).equals(linkHash)) {
            firstBreak = new Break(sequence, recordId, Reason.RECORD_CHANGED);
        } else {
            checked++;
            expectedSequence++;
            previousHash = linkHash;
        }
        return Optional.ofNullable(firstBreak);
    }

    /** The links checked and found intact, before any break. */
    public long checked() {
        return checked;
    }

    public Optional<Break> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }
}
