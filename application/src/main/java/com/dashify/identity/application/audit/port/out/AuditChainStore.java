package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.application.query.ChainBacklog;
import com.dashify.identity.domain.audit.AuditChain;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The hash chain over the audit records: its links, kept apart from the records (insert-only, as
 * the records are), and the head of each tenant's chain. Records are written with the changes they
 * record; they are chained shortly after, in one place at a time per tenant.
 */
public interface AuditChainStore {

    /** The last link of a tenant's chain. */
    record Head(long sequence, String hash) {
    }

    /** A record not chained yet, as its canonical content. */
    record Unsealed(String recordId, String canonicalContent) {
    }

    /** A link and the canonical content of its record as stored now (null when the record is gone). */
    record Link(long sequence, String recordId, String previousHash, String hash, String canonicalContent) {
    }

    /** Where a tenant's chain starts now: at genesis, or after the last link pruned. */
    record Start(long sequence, String previousHash) {

        public static final Start GENESIS = new Start(1, AuditChain.GENESIS);
    }

    /** Tenants with records not chained yet. */
    List<TenantId> tenantsWithUnsealedRecords(int limit);

    /**
     * The tenant's head, locked until the transaction ends so that one chainer at a time extends
     * the chain; the genesis head (sequence 0) for a tenant without links.
     */
    Head lockHead(TenantId tenantId);

    /** The oldest records not chained yet, in the order they were written. */
    List<Unsealed> unsealed(TenantId tenantId, int limit);

    /** Appends links (in sequence order) and moves the head to the last of them. */
    void append(TenantId tenantId, List<Link> links);

    /** The links after a sequence number, in order. */
    List<Link> links(TenantId tenantId, long afterSequence, int limit);

    /** How many of the tenant's records are not chained yet. */
    long unsealedCount(TenantId tenantId);

    /** The records of every tenant not chained yet: how many, and the oldest one's time. */
    ChainBacklog backlog();

    /** Where the tenant's chain starts now. */
    Start start(TenantId tenantId);

    /** Tenants that have a chain, after this one in id order (from the first when null). */
    List<TenantId> tenantsWithChains(TenantId after, int limit);

    /**
     * The sequence of the tenant's first link, between two sequences (inclusive), whose record
     * occurred at or after the instant, if any.
     */
    OptionalLong firstSequenceAtOrAfter(TenantId tenantId, Instant instant, long fromSequence, long toSequence);

    /**
     * Deletes the tenant's links from the start of its chain through this sequence, with their
     * records, and makes the chain start after it. Call with the head locked.
     *
     * @return how many records were deleted
     */
    long pruneThrough(TenantId tenantId, long sequence);
}
