package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.audit.AuditSchema;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date when the application starts, before it serves
 * requests: first the identity adapter's migrations, then the audit adapter's, each with its
 * own history table in the same schema. Flyway's lock makes nodes that start together on one
 * PostgreSQL database take turns. A failure is logged and keeps readiness DOWN until a restart:
 * a broken migration needs a person, not a retry loop.
 *
 * <p>The class also declares the application's datasource, which it is the first to use; its
 * connections come from {@link UrlRoutingDataSource}, so the settings choose the database.
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATA_SOURCE,
        className = "com.dashify.identity.bootstrap.UrlRoutingDataSource",
        minPoolSize = 2,
        maxPoolSize = SchemaMigrations.MAX_POOL_SIZE,
        maxIdleTime = 300,
        // Seconds to connect and sign in to the database (a host that does not answer is given up
        // after UrlRoutingDataSource.CONNECT_TIMEOUT_SECONDS).
        loginTimeout = UrlRoutingDataSource.LOGIN_TIMEOUT_SECONDS,
        properties = {
                // Payara: a connection that died with a database restart is replaced, not handed out.
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                // Not on every hand-out: each validation is a round trip to the database, and the
                // pool loads the validation class under its class loader's lock each time; the
                // benchmark found that to be a good part of a request's cost (issue 6). At most every
                // 5 s per connection, so that once the database is back, connections that died with
                // it are found within seconds (DatabaseAvailability.RETRY_AFTER). When one fails,
                // every pooled connection goes, as all died with the same restart.
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.fail-all-connections=true",
                // A request waits at most 1 s for a free connection, then gets 503 with Retry-After
                // instead of queueing for the pool's default of 60 s (issue 12).
                "fish.payara.max-wait-time-in-millis=1000"
        })
@ApplicationScoped
public class SchemaMigrations {

    /** The JNDI name of the application's datasource, which the persistence unit uses too. */
    public static final String DATA_SOURCE = "java:app/jdbc/dashify";
    /** The most connections the data source's pool opens. */
    public static final int MAX_POOL_SIZE = 32;

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean completed;
    private volatile String failure = "schema migrations have not run yet";

    /** Runs the migrations as the application starts. */
    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrate();
    }

    /** Whether the migrations ran to the end. */
    public boolean completed() {
        return completed;
    }

    /** Why the schema is not up to date, fit for a health response (no URL, no credentials); empty when it is. */
    public Optional<String> failure() {
        return completed ? Optional.empty() : Optional.of(failure);
    }

    private void migrate() {
        try {
            apply("identity", IdentitySchema.MIGRATIONS, IdentitySchema.HISTORY_TABLE);
            apply("audit", AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
            completed = true;
        } catch (RuntimeException e) {
            failure = "schema migrations failed (" + e.getClass().getSimpleName() + "); see the server log";
            LOG.log(Level.SEVERE, "Dashify schema migrations FAILED; the service stays not ready (/health/ready "
                    + "answers 503) until it is restarted", e);
        }
    }

    private void apply(String name, String location, String historyTable) {
        // Each adapter keeps its own history in the one schema; the second one to arrive finds a
        // non-empty schema and so needs a baseline below its first version.
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "Schema migrations '" + name + "': " + result.migrationsExecuted + " applied, now at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }
}
