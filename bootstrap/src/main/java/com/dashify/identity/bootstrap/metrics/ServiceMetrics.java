package com.dashify.identity.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * The service's meters, and their scrape. Every label has a bounded set of values: endpoint groups
 * and methods are fixed lists, statuses are HTTP's, and tenants are bounded by {@link TenantLabels}.
 */
public class ServiceMetrics implements AutoCloseable {

    /** Latency buckets, in the range a request of this service takes (a few ms) to a slow one. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final List<String> CONSOLE_PATHS = List.of("/admin/", "/app/", "/jakarta.faces.resource/",
            "/sso/", "/passkey");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final PrometheusMeterRegistry registry;
    private final TenantLabels tenants;
    private final JvmGcMetrics gc;
    private final ConcurrentMap<Request, Timer> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<Provisioning, Counter> provisioning = new ConcurrentHashMap<>();

    /** For CDI's client proxy. */
    protected ServiceMetrics() {
        this.registry = null;
        this.tenants = null;
        this.gc = null;
    }

    /**
     * @param tenantSeries how many tenants get series of their own
     * @param maxConnections the size of the database pool, beside its use
     * @param chainRecords    the audit records not chained yet, read at each scrape
     * @param chainLagSeconds the oldest of them's age in seconds, read at each scrape
     */
    public ServiceMetrics(int tenantSeries, int maxConnections, DoubleSupplier chainRecords,
                          DoubleSupplier chainLagSeconds) {
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.tenants = new TenantLabels(tenantSeries);
        Gauge.builder("dashify.db.transactions.in.progress", TransactionsInProgress::now)
                .description("The service's database transactions in progress, each holding or awaiting a"
                        + " pooled connection")
                .register(registry);
        Gauge.builder("dashify.db.connections.max", () -> maxConnections)
                .description("The most connections the service's database pool opens")
                .register(registry);
        // Held strongly: a gauge holds its object weakly, and nothing else holds these suppliers.
        Gauge.builder("dashify.audit.chain.backlog.records", chainRecords, DoubleSupplier::getAsDouble)
                .strongReference(true)
                .description("Audit records written and not chained yet, over every tenant")
                .register(registry);
        Gauge.builder("dashify.audit.chain.lag", chainLagSeconds, DoubleSupplier::getAsDouble)
                .strongReference(true)
                .description("How long the oldest audit record not chained yet has waited")
                .baseUnit("seconds")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.gc = new JvmGcMetrics();
        gc.bindTo(registry);
    }

    /** One request served: where it went (its path), how, its answer, and how long it took. */
    public void requestServed(String path, String method, int status, long nanos) {
        Request key = new Request(endpointOf(path), METHODS.contains(method) ? method : "other", status);
        Timer timer = requests.get(key); // a plain read: computeIfAbsent may lock even when the key is there
        (timer != null ? timer : requests.computeIfAbsent(key, this::timer)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * One provisioning change or refusal of a tenant.
     *
     * @param resource  {@code user}, {@code group}, or {@code bulk} for a Bulk request refused whole
     * @param operation {@code created}, {@code updated}, {@code deactivated}, {@code deleted} or {@code refused}
     */
    public void provisioned(String tenantId, String resource, String operation) {
        Provisioning key = new Provisioning(tenants.of(tenantId), resource, operation);
        provisioning.computeIfAbsent(key, this::counter).increment();
    }

    /** The meters in the Prometheus text format, or in OpenMetrics when the scraper accepts it. */
    public String scrape(String contentType) {
        return registry.scrape(contentType);
    }

    /** The content type {@link #scrape} answers a scraper that accepts this. */
    public static String contentTypeFor(String accept) {
        return accept != null && accept.contains("application/openmetrics-text")
                ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
                : "text/plain; version=0.0.4; charset=utf-8";
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }

    /** The endpoint group of a request path: a handful of values, whatever the path. */
    static String endpointOf(String path) {
        if (path == null) {
            return "other";
        }
        if (startsWith(path, "/scim/")) {
            return startsWith(path, "/scim/v2/users") ? "scim_users" : startsWith(path, "/scim/v2/groups")
                    ? "scim_groups" : startsWith(path, "/scim/v2/bulk") ? "scim_bulk" : "scim_other";
        }
        if (startsWith(path, "/api/")) {
            return "api";
        }
        if (startsWith(path, "/health/")) {
            return "health";
        }
        if (path.equalsIgnoreCase("/metrics")) {
            return "metrics";
        }
        for (String console : CONSOLE_PATHS) {
            if (startsWith(path, console)) {
                return "console";
            }
        }
        return "other";
    }

    /** Without case, and without a lower-cased copy of the path on every request. */
    private static boolean startsWith(String path, String prefix) {
        return path.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private Timer timer(Request key) {
        return Timer.builder("dashify.http.server.requests")
                .description("Requests served, by endpoint group, method and status")
                .tag("endpoint", key.endpoint())
                .tag("method", key.method())
                .tag("status", Integer.toString(key.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private Counter counter(Provisioning key) {
        return Counter.builder("dashify.provisioning")
                .description("Users and groups created, updated, deactivated, deleted, and requests refused, by tenant")
                .tag("tenant", key.tenant())
                .tag("resource", key.resource())
                .tag("operation", key.operation())
                .register(registry);
    }

    private record Request(String endpoint, String method, int status) {
    }

    private record Provisioning(String tenant, String resource, String operation) {
    }
}
