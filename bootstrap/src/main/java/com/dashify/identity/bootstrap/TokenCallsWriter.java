package com.dashify.identity.bootstrap;

import com.dashify.identity.application.token.port.in.WriteTokenCallCountsUseCase;
import com.dashify.identity.application.token.port.in.WriteTokenCallCountsUseCase.TokenCalls;
import com.dashify.identity.application.token.service.TokenCallCounter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the calls tokens authenticated on this node every few seconds, and once more when the
 * application stops, for the console's provisioning page. Nothing is written before the schema
 * migrations have completed; a failed write gives its counts back for the next one.
 */
@ApplicationScoped
public class TokenCallsWriter {

    static final long PERIOD_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(TokenCallsWriter.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    TokenCallCounter counter;
    @Inject
    WriteTokenCallCountsUseCase counts;
    @Inject
    SchemaMigrations migrations;

    private ScheduledFuture<?> writes;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        writes = scheduler.scheduleWithFixedDelay(this::write, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    /** Before the application's beans go, while the use cases can still be called: the last counts. */
    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (writes != null) {
            writes.cancel(false);
        }
        write();
    }

    /**
     * Drains the counter and writes what it held in one transaction; when that fails, before or at
     * its commit, the counts go back to the counter for the next run. Nothing escapes: an exception
     * would end the schedule.
     */
    synchronized void write() {
        if (!migrations.completed()) {
            return;
        }
        List<TokenCalls> drained = counter.drain();
        if (drained.isEmpty()) {
            return;
        }
        try {
            counts.write(drained);
        } catch (RuntimeException failed) {
            counter.restore(drained);
            if (DatabaseAvailability.isUnavailable(failed)) {
                LOG.fine("token call counts not written: the database is unavailable; the next run retries");
            } else {
                LOG.log(Level.WARNING, "token call counts not written; the next run retries", failed);
            }
        }
    }
}
