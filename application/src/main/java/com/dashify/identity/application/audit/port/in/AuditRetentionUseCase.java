package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Deletes audit records older than the configured retention, oldest first and only chained ones,
 * so that each tenant's chain stays verifiable from its new start. Without a retention nothing is
 * ever deleted. Each pruning is itself a record in the tenant's trail.
 */
public interface AuditRetentionUseCase {

    /** Records deleted per call at most, so that one transaction stays small. */
    int PRUNE_BATCH = 5_000;

    /** How long records are kept; empty when they are kept forever. */
    Optional<Duration> retention();

    /** Tenants that have a chain, a page at a time in id order, after this one (from the first when null). */
    List<TenantId> tenants(TenantId after, int limit);

    /**
     * Prunes up to {@link #PRUNE_BATCH} of the tenant's expired records; how many were deleted.
     *
     * @throws TenantNotFoundException   when there is no such tenant
     * @throws AuditChainBrokenException when the records due for pruning do not verify: they stay
     */
    long prune(PruneCommand command);

    /** Who asks: the service's own schedule, or the operator through the API. */
    enum Initiator {
        SCHEDULE, OPERATOR
    }

    /** Prune this tenant's expired records, on whose initiative, within which request. */
    record PruneCommand(TenantId tenantId, Initiator initiator, RequestContext request) {

        public PruneCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(initiator, "initiator");
            Objects.requireNonNull(request, "request");
        }
    }
}
