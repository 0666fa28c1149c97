package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.in.AuditChainBacklogUseCase;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.out.AuditChainStore;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Head;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Link;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Unsealed;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.query.ChainBacklog;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.audit.AuditChain;
import com.dashify.identity.domain.audit.ChainVerifier;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import java.util.ArrayList;
import java.util.List;

/** Chains new audit records and verifies chains. */
public final class AuditChainService implements AuditChainUseCase, AuditChainBacklogUseCase {

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
    public ChainBacklog backlog() {
        return chain.backlog();
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

    /** Walks a tenant's chain from its start (later than genesis once pruned) to the first break. */
    public Verification verify(TenantId tenantId) {
        ChainVerifier verifier = ChainWalk.walk(chain, tenantId, chain.start(tenantId), Long.MAX_VALUE);
        return new Verification(verifier.checked(), verifier.firstBreak(), chain.unsealedCount(tenantId));
    }
}
