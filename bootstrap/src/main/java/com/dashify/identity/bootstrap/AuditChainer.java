package com.dashify.identity.bootstrap;

import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.Initiator;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.PruneCommand;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.port.in.UnavailableException;
import com.dashify.identity.bootstrap.cluster.SharedState;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chains new audit records every few seconds, so that tampering with a record is detectable
 * seconds after it is written, and, when a retention is configured, prunes expired ones hourly.
 * Every node does it; the chain head's row lock makes one chainer at a time extend a tenant's
 * chain, and a chainer that loses a race tries again next round. Rounds and prunings before the
 * schema migrations have completed do nothing: the tables may not exist yet.
 */
@ApplicationScoped
public class AuditChainer {

    static final long PERIOD_SECONDS = 2;
    static final Duration ROUND_BUDGET = Duration.ofSeconds(10);
    static final long PRUNE_PERIOD_MINUTES = 60;
    static final String RETENTION_JOB = "audit-retention";
    /** A pruner that dies holding the claim holds it no longer than this: before the next hour. */
    static final Duration PRUNE_LEASE = Duration.ofMinutes(PRUNE_PERIOD_MINUTES - 5);
    private static final int TENANTS_PER_PAGE = 100;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    AuditChainUseCase chain;

    @Inject
    AuditRetentionUseCase retention;

    @Inject
    SchemaMigrations migrations;

    @Inject
    SharedState shared;

    private ScheduledFuture<?> rounds;
    private ScheduledFuture<?> pruning;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        if (retention.retention().isPresent()) {
            pruning = scheduler.scheduleWithFixedDelay(this::prune, PRUNE_PERIOD_MINUTES, PRUNE_PERIOD_MINUTES,
                    TimeUnit.MINUTES);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        if (pruning != null) {
            pruning.cancel(false);
        }
    }

    /**
     * Prunes every tenant's expired records, a batch per transaction, on one node of the cluster at
     * a time: a node whose run finds another node pruning skips that run. (Were two to prune at
     * once, the head lock would serialise them per tenant, and the second would find nothing left;
     * the claim saves the second its work.) Nothing escapes: an exception would end the schedule.
     */
    void prune() {
        if (!migrations.completed()) {
            return;
        }
        try {
            if (!shared.runAlone(RETENTION_JOB, PRUNE_LEASE, this::pruneEveryTenant)) {
                LOG.fine("Another node is pruning the audit trail; this node skips this run");
            }
        } catch (RuntimeException failed) {
            logFailure("audit pruning could not claim or release its turn; the next run retries", failed);
        }
    }

    private void pruneEveryTenant() {
        try {
            TenantId after = null;
            List<TenantId> tenants;
            do {
                tenants = retention.tenants(after, TENANTS_PER_PAGE);
                for (TenantId tenant : tenants) {
                    pruneTenant(tenant);
                    after = tenant;
                }
            } while (tenants.size() == TENANTS_PER_PAGE);
        } catch (RuntimeException failed) {
            logFailure("audit pruning failed; the next run retries", failed);
        }
    }

    private void pruneTenant(TenantId tenant) {
        RequestContext request = new RequestContext(UUID.randomUUID().toString(), null, null, null);
        try {
            long pruned;
            do {
                pruned = retention.prune(new PruneCommand(tenant, Initiator.SCHEDULE, request));
            } while (pruned == AuditRetentionUseCase.PRUNE_BATCH);
        } catch (RuntimeException failed) {
            logFailure("pruning the audit records of tenant " + tenant + " failed; the next run retries", failed);
        }
    }

    /**
     * One round: every tenant with records waiting gets a batch, then those that had a full batch
     * get another, and so on, so that a burst (a directory's first sync) is chained within the
     * round and one busy tenant does not hold up the others; the round ends after
     * {@link #ROUND_BUDGET} at most.
     */
    void round() {
        // Both observe the application's start, in no set order, and migrating may take longer
        // than the first period: without this, the first rounds queried tables not made yet.
        if (!migrations.completed()) {
            return;
        }
        try {
            Instant end = Instant.now().plus(ROUND_BUDGET);
            List<TenantId> waiting = chain.tenantsToSeal();
            while (!waiting.isEmpty() && Instant.now().isBefore(end)) {
                List<TenantId> more = new ArrayList<>();
                for (TenantId tenant : waiting) {
                    if (sealBatch(tenant) == AuditChainUseCase.SEAL_BATCH) {
                        more.add(tenant);
                    }
                }
                waiting = more;
            }
        } catch (RuntimeException failed) {
            logFailure("audit chaining round failed; next round retries", failed);
        }
    }

    /**
     * A database that does not answer is logged once, when it goes ({@link DatabaseAvailability}),
     * rather than with a stack trace every round while it is gone (a busy pool only at FINE);
     * anything else is logged whole.
     */
    private static void logFailure(String message, RuntimeException failed) {
        if (failed instanceof UnavailableException || DatabaseAvailability.isUnavailable(failed)) {
            DatabaseAvailability.wentAway(failed);
            LOG.fine(() -> message + ": the database is unavailable");
        } else {
            LOG.log(Level.WARNING, message, failed);
        }
    }

    private int sealBatch(TenantId tenant) {
        try {
            return chain.seal(tenant);
        } catch (RuntimeException raced) {
            LOG.log(Level.FINE, "chaining audit records of tenant " + tenant + " failed; next round retries", raced);
            return 0;
        }
    }
}
