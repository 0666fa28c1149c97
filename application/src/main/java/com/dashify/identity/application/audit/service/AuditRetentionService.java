package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.in.AuditChainBrokenException;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.audit.port.out.AuditChainStore;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Head;
import com.dashify.identity.application.audit.port.out.AuditChainStore.Start;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.domain.audit.ChainVerifier;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prunes each tenant's chain from its start: the links up to the first record that is still within
 * the retention go, with their records, and the chain then starts after the last link pruned. A
 * record written late but chained early never makes a younger record go: pruning stops at the
 * first link whose record is young enough, whatever follows it. A stretch that does not verify is
 * not pruned: that would erase the evidence of tampering.
 */
public final class AuditRetentionService implements AuditRetentionUseCase {

    private final AuditChainStore chain;
    private final TenantRepository tenants;
    private final AuditRecorder audit;
    private final Clock clock;
    private final Duration retention;

    /** @param retention how long records are kept; null to keep them forever */
    public AuditRetentionService(AuditChainStore chain, TenantRepository tenants, AuditTrail auditTrail, Clock clock,
                                 Duration retention) {
        this.chain = chain;
        this.tenants = tenants;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("the audit retention must be positive");
        }
        this.retention = retention;
    }

    @Override
    public Optional<Duration> retention() {
        return Optional.ofNullable(retention);
    }

    @Override
    public List<TenantId> tenants(TenantId after, int limit) {
        return chain.tenantsWithChains(after, limit);
    }

    /** Pruning a broken stretch of the chain would erase the evidence: it must verify first. */
    private void requireIntact(TenantId tenantId, Start start, long through) {
        ChainVerifier verifier = ChainWalk.walk(chain, tenantId, start, through);
        long expected = through - start.sequence() + 1;
        if (verifier.firstBreak().isPresent() || verifier.checked() != expected) {
            throw new AuditChainBrokenException(verifier.firstBreak().orElse(new ChainVerifier.Break(
                    start.sequence() + verifier.checked(), null, ChainVerifier.Reason.LINK_MISSING)));
        }
    }

    @Override
    public long prune(PruneCommand command) {
        Objects.requireNonNull(command, "command");
        TenantId tenantId = command.tenantId();
        tenants.findById(tenantId).orElseThrow(TenantNotFoundException::new);
        if (retention == null) {
            return 0;
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(retention);
        Head head = chain.lockHead(tenantId);
        Start start = chain.start(tenantId);
        long last = Math.min(head.sequence(), start.sequence() - 1 + PRUNE_BATCH);
        if (last < start.sequence()) {
            return 0;
        }
        long through = chain.firstSequenceAtOrAfter(tenantId, cutoff, start.sequence(), last).orElse(last + 1) - 1;
        if (through < start.sequence()) {
            return 0;
        }
        requireIntact(tenantId, start, through);
        long deleted = chain.pruneThrough(tenantId, through);
        List<String> changes = List.of("pruned:" + deleted, "links:" + start.sequence() + "-" + through,
                "older_than:" + cutoff);
        if (command.initiator() == Initiator.OPERATOR) {
            audit.byOperator(tenantId, "audit.prune", "tenant", tenantId.toString(), changes, command.request(), now);
        } else {
            audit.bySystem(tenantId, "audit.prune", "tenant", tenantId.toString(), changes, command.request(), now);
        }
        return deleted;
    }
}
