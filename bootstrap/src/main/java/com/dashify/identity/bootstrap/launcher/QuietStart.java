package com.dashify.identity.bootstrap.launcher;

import java.security.cert.X509Certificate;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps Payara Micro's warnings that say nothing about this node out of a normal start's log
 * (issue 18), so that a warning there is worth reading. Set up before Payara boots; Payara's
 * levels are its {@code logging.properties}, which {@code dashify.jar} ships quieter than Payara's.
 *
 * <ul>
 * <li>Payara's check for leaked JDBC drivers, run on the temporary class loader of the deployment,
 * is the first code in the JVM to use {@code DriverManager}, which then loads the drivers that loader
 * sees, the WAR's PostgreSQL driver among them; the check finds that driver registered by the
 * application and warns that it "failed to unregister it". Used here first, from the launcher's
 * class loader, {@code DriverManager} looks for drivers once, there (Tomcat's
 * {@code JreMemoryLeakPreventionListener} does the same for the same reason). The service's data
 * sources load their driver themselves.
 * <li>Payara's truststore lists certificate authorities that have expired, and Payara warns about each
 * at every start, with the whole certificate: some 350 lines. An expired authority is never trusted
 * again, whatever the log says; a certificate of this node's own (for {@code --sslport}) is no
 * authority, and its expiry is still logged.
 * <li>Without {@code --rootdir}, Payara warns that its runtime directory is a temporary one: as it is
 * meant to be, a fresh one at each start (the README says when to choose one).
 * <li>The web container's INFO lines (virtual server, listeners, "Loading application"): its virtual
 * server sets that logger's level to INFO itself, over the level the configuration gives it.
 * </ul>
 *
 * <p>Filters on the loggers, not levels: the loggers' other warnings stay. Payara reads its logging
 * configuration as it boots, which resets levels and handlers but not a logger's filter.
 */
final class QuietStart implements Filter {

    static final String RUNTIME_LOGGER = "PayaraMicro";
    static final String TEMPORARY_RUNTIME_DIRECTORY = "Payara Micro Runtime directory is located in a temporary"
            + " file location which can be cleaned by system processes.";
    static final String SSL_LOGGER = "javax.enterprise.system.security.ssl";
    /** Payara's message id for "The SSL certificate with alias {0} has expired: {1}". */
    static final String CERTIFICATE_EXPIRED = "NCLS-SECURITY-05054";
    static final String WEB_LOGGER = "jakarta.enterprise.web";
    /** What each filtered logger logs that says nothing about this node. */
    private static final Map<String, Predicate<LogRecord>> NOISE = Map.of(
            RUNTIME_LOGGER, record -> TEMPORARY_RUNTIME_DIRECTORY.equals(record.getMessage()),
            SSL_LOGGER, QuietStart::isExpiredAuthority,
            WEB_LOGGER, record -> record.getLevel().intValue() < Level.WARNING.intValue());

    /** Held here: a logger nobody references can be collected, and with it its filter. */
    private static final List<Logger> FILTERED = new ArrayList<>();

    private final Predicate<LogRecord> noise;
    private final Filter next;

    private QuietStart(Predicate<LogRecord> noise, Filter next) {
        this.noise = noise;
        this.next = next;
    }

    /** Before Payara boots: {@code DriverManager} initialised, and the filters on Payara's loggers. */
    static synchronized void install() {
        DriverManager.getDrivers();
        if (!FILTERED.isEmpty()) {
            return;
        }
        NOISE.forEach((name, noise) -> {
            Logger logger = Logger.getLogger(name);
            logger.setFilter(new QuietStart(noise, logger.getFilter()));
            FILTERED.add(logger);
        });
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return !noise.test(record) && (next == null || next.isLoggable(record));
    }

    /** Whether a record of Payara's logger {@code name} says nothing about this node. */
    static boolean isNoise(String name, LogRecord record) {
        return NOISE.getOrDefault(name, any -> false).test(record);
    }

    /** An expired certificate authority: the certificate is the record's second parameter. */
    private static boolean isExpiredAuthority(LogRecord record) {
        Object[] parameters = record.getParameters();
        return CERTIFICATE_EXPIRED.equals(record.getMessage()) && parameters != null && parameters.length > 1
                && parameters[1] instanceof X509Certificate certificate && certificate.getBasicConstraints() >= 0;
    }
}
