package com.dashify.identity.application.service;

import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.AuditChainUseCase;
import com.dashify.identity.application.port.out.AuditChainStore;
import com.dashify.identity.application.port.out.AuditChainStore.Head;
import com.dashify.identity.application.port.out.AuditChainStore.Link;
import com.dashify.identity.application.port.out.AuditChainStore.Start;
import com.dashify.identity.application.port.out.AuditChainStore.Unsealed;
import com.dashify.identity.application.port.out.UserRepository;
import com.dashify.identity.domain.audit.AuditChain;
import com.dashify.identity.domain.audit.ChainVerifier;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Chains new audit records and verifies chains. */
public final class AuditChainService implements AuditChainUseCase {

    static final int VERIFY_BATCH = 1000;
    /** Bounds the chaining before a walk when records keep arriving. */
    private static final int MAX_SEAL_BATCHES_BEFORE_VERIFY = 1000;
    private static final int TENANTS_PER_ROUND = 100;

    private final AuditChainStore chain;
    private final Authorization authorization;

    public AuditChainService(AuditChainStore chain, UserRepository users) {
        this.chain = chain;
        this.authorization = new Authorization(users);
    }

    @Override
    public List<TenantId> tenantsToSeal() {
        return chain.tenantsWithUnsealedRecords(TENANTS_PER_ROUND);
    }

    @Override
    public int seal(TenantId tenantId) {
        Head head = chain.lockHead(tenantId);
        List<Unsealed> records = chain.unsealed(tenantId, SEAL_BATCH);
        List<Link> links = new ArrayList<>(records.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (Unsealed record : records) {
            String hash = AuditChain.linkHash(previous, record.canonicalContent());
            links.add(new Link(++sequence, record.recordId(), previous, hash, record.canonicalContent()));
            previous = hash;
        }
        if (!links.isEmpty()) {
            chain.append(tenantId, links);
        }
        return links.size();
    }

    @Override
    public Verification verify(Actor actor) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        // Chain what is waiting first, so that the walk covers everything written before it.
        int batches = 0;
        int sealed;
        do {
            sealed = seal(actor.tenantId());
        } while (sealed == SEAL_BATCH && ++batches < MAX_SEAL_BATCHES_BEFORE_VERIFY);
        return verify(actor.tenantId());
    }

    /** Walks a tenant's chain from its start (later than genesis once pruned), in batches, to the first break. */
    public Verification verify(TenantId tenantId) {
        Start start = chain.start(tenantId);
        ChainVerifier verifier = new ChainVerifier(start.sequence(), start.previousHash());
        long after = start.sequence() - 1;
        List<Link> batch;
        do {
            batch = chain.links(tenantId, after, VERIFY_BATCH);
            for (Link link : batch) {
                if (verifier.accept(link.sequence(), link.recordId(), link.previousHash(), link.hash(),
                        link.canonicalContent()).isPresent()) {
                    return new Verification(verifier.checked(), verifier.firstBreak(), chain.unsealedCount(tenantId));
                }
                after = link.sequence();
            }
        } while (batch.size() == VERIFY_BATCH);
        return new Verification(verifier.checked(), Optional.empty(), chain.unsealedCount(tenantId));
    }
}
