package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.domain.audit.ChainVerifier;
import com.dashify.identity.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeping the audit trail tamper-evident: chaining new records (the service does it on its own,
 * every few seconds), and verifying a tenant's chain.
 */
public interface AuditChainUseCase {

    /** How many records one {@link #seal} chains at most. */
    int SEAL_BATCH = 500;

    /** Tenants whose newest records are not chained yet. */
    List<TenantId> tenantsToSeal();

    /**
     * Chains up to {@link #SEAL_BATCH} of the tenant's records not chained yet, oldest first.
     *
     * @return how many were chained
     */
    int seal(TenantId tenantId);

    /**
     * Chains the records waiting to be chained, then walks the actor's tenant's chain from its
     * start: the answer covers everything written before the call.
     *
     * @throws AccessDeniedException when the actor may not manage the organisation
     */
    Verification verify(Actor actor);

    /**
     * @param checked  links found intact, before the first break
     * @param unsealed records written but not chained yet (they are chained within seconds)
     */
    record Verification(long checked, Optional<ChainVerifier.Break> firstBreak, long unsealed) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }
}
