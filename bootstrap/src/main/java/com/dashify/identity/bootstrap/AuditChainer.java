package com.dashify.identity.bootstrap;

import com.dashify.identity.application.port.in.AuditChainUseCase;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chains new audit records every few seconds, so that tampering with a record is detectable
 * seconds after it is written. Every node does it; the chain head's row lock makes one chainer
 * at a time extend a tenant's chain, and a chainer that loses a race tries again next round.
 */
@ApplicationScoped
public class AuditChainer {

    static final long PERIOD_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    AuditChainUseCase chain;

    private ScheduledFuture<?> rounds;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        rounds = scheduler.scheduleWithFixedDelay(this::round, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }

    /** One round: every tenant with records waiting, a batch each. */
    void round() {
        try {
            for (TenantId tenant : chain.tenantsToSeal()) {
                try {
                    chain.seal(tenant);
                } catch (RuntimeException raced) {
                    LOG.log(Level.FINE, "chaining audit records of tenant " + tenant + " failed; next round retries",
                            raced);
                }
            }
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "audit chaining round failed; next round retries", unavailable);
        }
    }
}
