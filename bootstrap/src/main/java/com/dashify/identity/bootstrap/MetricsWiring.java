package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.rest.api.OperatorAccess;
import com.dashify.identity.application.audit.port.in.AuditChainBacklogUseCase;
import com.dashify.identity.application.query.ChainBacklog;
import com.dashify.identity.bootstrap.metrics.MetricsAccess;
import com.dashify.identity.bootstrap.metrics.ServiceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the service's meters from the settings ({@link Settings#METRICS_TOKEN},
 * {@link Settings#METRICS_TENANTS}) and gives the audit chain's backlog to them, read once a scrape.
 */
@ApplicationScoped
public class MetricsWiring {

    /** Both backlog gauges of one scrape read the same figures. */
    private static final Duration BACKLOG_FRESH_FOR = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(MetricsWiring.class.getName());

    @Inject
    AuditChainBacklogUseCase chain;
    @Inject
    SchemaMigrations migrations;

    private volatile Reading backlog = new Reading(Instant.EPOCH, Optional.empty());

    @Produces
    @ApplicationScoped
    public ServiceMetrics serviceMetrics() {
        return new ServiceMetrics(tenantSeries(), SchemaMigrations.MAX_POOL_SIZE,
                () -> backlog().map(ChainBacklog::records).map(Long::doubleValue).orElse(Double.NaN),
                () -> backlog().map(found -> found.lagAt(Instant.now()).toMillis() / 1000.0).orElse(Double.NaN));
    }

    /** The setting, or the default when it is wrong: the metrics are not worth a service that fails. */
    private static int tenantSeries() {
        try {
            return Settings.current().metricsTenants();
        } catch (IllegalArgumentException wrong) {
            int fallback = Settings.DEFAULT_METRICS_TENANTS;
            LOG.severe(() -> wrong.getMessage() + "; " + fallback + " tenants get series of their own");
            return fallback;
        }
    }

    public void close(@Disposes ServiceMetrics metrics) {
        metrics.close();
    }

    /**
     * Read once: the settings cannot change while the process runs. The scraper's token is held to
     * the operator token's rules; one too short to be safe is refused, and said so.
     */
    @Produces
    @Singleton
    public MetricsAccess metricsAccess(OperatorAccess operator) {
        OperatorAccess scraper = Settings.current().metricsToken().map(token -> {
            try {
                return new OperatorAccess(token);
            } catch (IllegalArgumentException tooShort) {
                LOG.severe(() -> Settings.METRICS_TOKEN + " is refused (" + tooShort.getMessage()
                        .replace("the operator token", "it") + ")");
                return new OperatorAccess(null);
            }
        }).orElse(new OperatorAccess(null));
        return new MetricsAccess(List.of(scraper, operator));
    }

    /** The backlog, read at most once a second; empty while it cannot be read (no schema, no database). */
    private Optional<ChainBacklog> backlog() {
        Reading last = backlog;
        Instant now = Instant.now();
        if (last.at().plus(BACKLOG_FRESH_FOR).isAfter(now)) {
            return last.backlog();
        }
        Optional<ChainBacklog> read;
        try {
            read = migrations.completed() ? Optional.of(chain.backlog()) : Optional.empty();
        } catch (RuntimeException unavailable) {
            LOG.log(Level.FINE, "the audit chain's backlog could not be read for the metrics", unavailable);
            read = Optional.empty();
        }
        backlog = new Reading(now, read);
        return read;
    }

    private record Reading(Instant at, Optional<ChainBacklog> backlog) {
    }
}
