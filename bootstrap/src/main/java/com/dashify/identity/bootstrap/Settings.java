package com.dashify.identity.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The service's configuration. Each key is read first as a system property (the key in lower
 * case with dots: {@code -Ddashify.db.url=...}), then as an environment variable
 * ({@code DASHIFY_DB_URL}), then falls back to its default. A blank value counts as unset.
 * Deliberately not MicroProfile Config, so that the WAR deploys on any Jakarta EE 10 server.
 */
public final class Settings {

    /** JDBC URL of the database; H2 and PostgreSQL URLs are supported. */
    public static final String DB_URL = "DASHIFY_DB_URL";
    /** Database user; {@code sa} by default for H2, none otherwise. */
    public static final String DB_USER = "DASHIFY_DB_USER";
    /** Database password; empty by default. */
    public static final String DB_PASSWORD = "DASHIFY_DB_PASSWORD";
    /** Where the default H2 database lives; {@code ./data} by default. */
    public static final String DATA_DIR = "DASHIFY_DATA_DIR";
    /** The operator's credential for the operator API; no default: without it the operator API is closed. */
    public static final String OPERATOR_TOKEN = "DASHIFY_OPERATOR_TOKEN";

    /** The passkeys' relying-party id: the service's domain ({@code localhost} by default). */
    public static final String WEBAUTHN_RP_ID = "DASHIFY_WEBAUTHN_RP_ID";
    /**
     * The origins browsers use passkeys from, comma-separated; by default {@code https://<rp id>},
     * or {@code http://localhost:8080} (the port given to {@code dashify.jar}) for {@code localhost}.
     */
    public static final String WEBAUTHN_ORIGINS = "DASHIFY_WEBAUTHN_ORIGINS";

    /**
     * {@code true} lets SSO providers live on loopback, private or link-local addresses and plain
     * http: for a provider on this machine or the local network in testing; off by default.
     */
    public static final String SSO_ALLOW_PRIVATE_NETWORK = "DASHIFY_SSO_ALLOW_PRIVATE_NETWORK";

    /**
     * How many days audit records are kept; unset keeps them forever. Older records are pruned
     * hourly, oldest first, and each tenant's chain then verifies from its new start.
     */
    public static final String AUDIT_RETENTION_DAYS = "DASHIFY_AUDIT_RETENTION_DAYS";

    /**
     * The bearer token a scraper presents to {@code /metrics}; the operator token is accepted too.
     * With neither set, {@code /metrics} is closed.
     */
    public static final String METRICS_TOKEN = "DASHIFY_METRICS_TOKEN";

    /**
     * How many tenants get provisioning series of their own in the metrics (100 by default): the
     * first seen since the start; the others are summed under {@code tenant="other"}.
     */
    public static final String METRICS_TENANTS = "DASHIFY_METRICS_TENANTS";

    private static final long MAX_RETENTION_DAYS = 36_500;
    static final int DEFAULT_METRICS_TENANTS = 100;
    private static final int MAX_METRICS_TENANTS = 10_000;
    private static final String DEFAULT_DATA_DIR = "./data";
    private static final String LOCALHOST = "localhost";

    private final UnaryOperator<String> systemProperties;
    private final UnaryOperator<String> environment;

    /**
     * @param systemProperties looks up a system property by name, null when unset
     * @param environment      looks up an environment variable by name, null when unset
     */
    public Settings(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The settings of this process, as they are now. */
    public static Settings current() {
        return new Settings(System::getProperty, System::getenv);
    }

    /** The system property that overrides a variable: {@code DASHIFY_DB_URL} gives {@code dashify.db.url}. */
    public static String propertyName(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The value of a key from the system property or else the environment; empty when neither is set. */
    public Optional<String> value(String key) {
        return nonBlank(systemProperties.apply(propertyName(key)))
                .or(() -> nonBlank(environment.apply(key)));
    }

    /** The directory of the default H2 database, absolute. */
    public Path dataDir() {
        return Path.of(value(DATA_DIR).orElse(DEFAULT_DATA_DIR)).toAbsolutePath().normalize();
    }

    /** The JDBC URL; by default an H2 file database {@code dashify} in the data directory. */
    public String dbUrl() {
        // Absolute, because H2 2.x rejects a file path that is only implicitly relative.
        return value(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("dashify"));
    }

    /** The database user: as configured, else {@code sa} for H2 and empty for anything else. */
    public String dbUser() {
        return value(DB_USER).orElseGet(() -> isH2(dbUrl()) ? "sa" : "");
    }

    /** The database password, empty unless configured. */
    public String dbPassword() {
        return value(DB_PASSWORD).orElse("");
    }

    /** The operator credential, when one is configured. */
    public Optional<String> operatorToken() {
        return value(OPERATOR_TOKEN);
    }

    /** The metrics token, when one is configured. */
    public Optional<String> metricsToken() {
        return value(METRICS_TOKEN);
    }

    /**
     * How many tenants get metrics series of their own (see {@link #METRICS_TENANTS}).
     *
     * @throws IllegalArgumentException when the setting is not a whole number from 0 to 10,000
     */
    public int metricsTenants() {
        return value(METRICS_TENANTS).map(String::strip).map(count -> {
            try {
                int parsed = Integer.parseInt(count);
                if (parsed >= 0 && parsed <= MAX_METRICS_TENANTS) {
                    return parsed;
                }
            } catch (NumberFormatException notANumber) {
                // reported below, with the others
            }
            throw new IllegalArgumentException(METRICS_TENANTS + " must be a whole number from 0 to "
                    + MAX_METRICS_TENANTS);
        }).orElse(DEFAULT_METRICS_TENANTS);
    }

    /** Whether SSO providers may be on private addresses (see {@link #SSO_ALLOW_PRIVATE_NETWORK}). */
    public boolean ssoAllowPrivateNetwork() {
        return value(SSO_ALLOW_PRIVATE_NETWORK).map(String::strip).map("true"::equalsIgnoreCase).orElse(false);
    }

    /**
     * How long audit records are kept (see {@link #AUDIT_RETENTION_DAYS}); empty to keep them forever.
     *
     * @throws IllegalArgumentException when the setting is not a whole number of days, at least 1
     */
    public Optional<Duration> auditRetention() {
        return value(AUDIT_RETENTION_DAYS).map(String::strip).map(days -> {
            try {
                long parsed = Long.parseLong(days);
                if (parsed >= 1 && parsed <= MAX_RETENTION_DAYS) {
                    return Duration.ofDays(parsed);
                }
            } catch (NumberFormatException notANumber) {
                // reported below, with the others
            }
            throw new IllegalArgumentException(AUDIT_RETENTION_DAYS + " must be a whole number of days from 1 to "
                    + MAX_RETENTION_DAYS + "; leave it unset to keep audit records forever");
        });
    }

    /** The relying-party id of passkeys. */
    public String webAuthnRpId() {
        return value(WEBAUTHN_RP_ID).map(String::strip).orElse(LOCALHOST);
    }

    /** The origins passkeys may be used from. */
    public List<String> webAuthnOrigins() {
        String rpId = webAuthnRpId();
        String fallback = rpId.equals(LOCALHOST) ? "http://localhost:8080" : "https://" + rpId;
        return Arrays.stream(value(WEBAUTHN_ORIGINS).orElse(fallback).split(","))
                .map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }

    static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
