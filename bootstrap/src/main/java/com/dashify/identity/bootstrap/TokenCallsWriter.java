package com.dashify.identity.bootstrap;

import com.dashify.identity.application.token.port.in.CountTokenCallsUseCase;
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
 * Writes the calls tokens authenticated on this node every few seconds, and once more when the
 * application stops, for the console's provisioning page. Nothing is written before the schema
 * migrations have completed; a failed write keeps its counts for the next one.
 */
@ApplicationScoped
public class TokenCallsWriter {

    static final long PERIOD_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(TokenCallsWriter.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    CountTokenCallsUseCase counts;
    @Inject
    SchemaMigrations migrations;

    private ScheduledFuture<?> writes;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        writes = scheduler.scheduleWithFixedDelay(this::write, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (writes != null) {
            writes.cancel(false);
        }
        write();
    }

    /** Nothing escapes: an exception would end the schedule. */
    void write() {
        if (!migrations.completed()) {
            return;
        }
        try {
            counts.writeCounts();
        } catch (RuntimeException failed) {
            if (DatabaseAvailability.isUnavailable(failed)) {
                LOG.fine("token call counts not written: the database is unavailable; the next run retries");
            } else {
                LOG.log(Level.WARNING, "token call counts not written; the next run retries", failed);
            }
        }
    }
}
