package com.dashify.identity.bootstrap.launcher;

import java.security.cert.X509Certificate;
import java.sql.DriverManager;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Keeps Payara Micro's log lines that say nothing about this node out of a normal start's log
 * (issue 18), so that a warning there is worth reading: the filter of the console handler in
 * {@code dashify.jar}'s logging configuration (its levels do the rest), and one step the launcher
 * takes before Payara boots.
 *
 * <ul>
 * <li>Payara's check for leaked JDBC drivers, run on the temporary class loader of the deployment,
 * was the first code in the JVM to use {@code DriverManager}, which then loaded the drivers that
 * loader sees, the WAR's PostgreSQL driver among them; the check found that driver registered by the
 * application and warned that it "failed to unregister it". Used first by the launcher
 * ({@link #beforeBoot}), {@code DriverManager} looks for drivers once, from the launcher's class
 * loader (Tomcat's {@code JreMemoryLeakPreventionListener} does the same for the same reason). The
 * service's data sources load their driver themselves.
 * <li>Payara's truststore lists certificate authorities that have expired, and Payara warns about each
 * at every start, with the whole certificate: some 350 lines. An expired authority is never trusted
 * again, whatever the log says; a certificate of this node's own (for {@code --sslport}) is no
 * authority, and its expiry is still logged.
 * <li>Without {@code --rootdir}, Payara warns that its runtime directory is a temporary one: as it is
 * meant to be, a fresh one at each start (the README says when to choose one).
 * <li>The web container's INFO lines (virtual server, listeners, "Loading application"): its virtual
 * server sets its logger's level to INFO itself, over the level the configuration gives it. Its
 * warnings and errors stay.
 * </ul>
 *
 * <p>By logger and message rather than by level, so that those loggers' other warnings stay.
 */
public final class QuietStart implements Filter {

    static final String RUNTIME_LOGGER = "PayaraMicro";
    static final String TEMPORARY_RUNTIME_DIRECTORY = "Payara Micro Runtime directory is located in a temporary"
            + " file location which can be cleaned by system processes.";
    static final String SSL_LOGGER = "javax.enterprise.system.security.ssl";
    /** Payara's message id for "The SSL certificate with alias {0} has expired: {1}". */
    static final String CERTIFICATE_EXPIRED = "NCLS-SECURITY-05054";
    /** The web container's logger; its children ({@code .core}, {@code .util}, ...) inherit the level it is given. */
    static final String WEB_LOGGER = "jakarta.enterprise.web";

    /** For the logging configuration, which names the class ({@code java.util.logging.ConsoleHandler.filter}). */
    public QuietStart() {
        // Stateless.
    }

    /** Before Payara boots. */
    static void beforeBoot() {
        DriverManager.getDrivers();
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return !isNoise(record);
    }

    /** Whether a record is one of Payara's that say nothing about this node. */
    static boolean isNoise(LogRecord record) {
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        return switch (logger) {
            case RUNTIME_LOGGER -> TEMPORARY_RUNTIME_DIRECTORY.equals(record.getMessage());
            case SSL_LOGGER -> isExpiredAuthority(record);
            default -> (logger.equals(WEB_LOGGER) || logger.startsWith(WEB_LOGGER + "."))
                    && record.getLevel().intValue() < Level.WARNING.intValue();
        };
    }

    /** An expired certificate authority: the certificate is the record's second parameter. */
    private static boolean isExpiredAuthority(LogRecord record) {
        Object[] parameters = record.getParameters();
        return CERTIFICATE_EXPIRED.equals(record.getMessage()) && parameters != null && parameters.length > 1
                && parameters[1] instanceof X509Certificate certificate && certificate.getBasicConstraints() >= 0;
    }
}
