package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.out.AuditChainStore;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Link;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Start;
import com.dashify.identity.domain.audit.ChainVerifier;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.List;

/** Walks a tenant's chain from its start, a batch of links at a time, up to the first break. */
final class ChainWalk {

    static final int BATCH = 1000;

    private ChainWalk() {
    }

    /**
     * The verifier after the links from the chain's start through {@code through} (inclusive;
     * {@link Long#MAX_VALUE} for all), or up to the first break.
     */
    static ChainVerifier walk(AuditChainStore chain, TenantId tenantId, Start start, long through) {
        ChainVerifier verifier = new ChainVerifier(start.sequence(), start.previousHash());
        long after = start.sequence() - 1;
        List<Link> links;
        do {
            links = chain.links(tenantId, after, (int) Math.min(BATCH, through - after));
            for (Link link : links) {
                if (verifier.accept(link.sequence(), link.recordId(), link.previousHash(), link.hash(),
                        link.canonicalContent()).isPresent()) {
                    return verifier;
                }
                after = link.sequence();
            }
        } while (links.size() == BATCH && after < through);
        return verifier;
    }
}
