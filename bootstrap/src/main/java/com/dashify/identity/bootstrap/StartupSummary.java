package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.rest.api.OperatorAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The few lines the service logs once it serves (issue 18): the URLs it is served at, its
 * database (the JDBC URL without credentials; H2's file), its data directory and whether the
 * operator API is on; should the schema migrations have failed, it says that the service is not
 * ready, and why, at WARNING. The launcher of {@code dashify.jar} asks for them as soon as Payara's
 * listener is open, through the platform MBean {@code com.dashify.identity:type=Startup}: only the
 * launcher knows the listeners, and only the service knows what it uses (an operator token that is
 * set may still have been refused, for one).
 */
@ApplicationScoped
public class StartupSummary implements StartupSummaryMXBean {

    /** Where the launcher finds it ({@code DashifyLauncher.SUMMARY}). */
    public static final String OBJECT_NAME = "com.dashify.identity:type=Startup";
    private static final Logger LOG = Logger.getLogger(StartupSummary.class.getName());
    private static final String LABEL = "  %-16s%s";

    @Inject
    SchemaMigrations migrations;

    @Inject
    OperatorAccess operatorAccess;

    private final AtomicBoolean announced = new AtomicBoolean();

    /** Created with the application, so that the launcher finds it registered once the WAR is deployed. */
    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // Touching the bean is enough: its @PostConstruct registers it.
        LOG.fine(() -> "Summary announced: " + announced.get());
    }

    @PostConstruct
    void register() {
        PlatformMBeans.register(this, OBJECT_NAME, LOG, "no summary at ready");
    }

    @PreDestroy
    void unregister() {
        PlatformMBeans.unregister(OBJECT_NAME, LOG);
    }

    @Override
    public void announce(String[] urls) {
        if (!announced.compareAndSet(false, true)) {
            return;
        }
        long seconds = Math.round(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        Optional<String> failure = migrations.failure();
        List<String> lines = new ArrayList<>();
        lines.add(failure.isEmpty() ? "Dashify is ready (started in " + seconds + " s)"
                : "Dashify is NOT ready (" + failure.get() + "): /health/ready answers 503");
        lines.addAll(details(List.of(urls), Settings.current(), operatorAccess.enabled()));
        // One record of several lines, which the log's redaction leaves as lines (a value's own breaks it escapes).
        LOG.log(new RedactingFilter.Lines(failure.isEmpty() ? Level.INFO : Level.WARNING, LOG.getName(), lines));
    }

    /** The summary's lines after its first: URLs, database, data directory, operator API. */
    static List<String> details(List<String> urls, Settings settings, boolean operatorApi) {
        return List.of(
                String.format(LABEL, urls.size() == 1 ? "URL:" : "URLs:", String.join("  ", urls)),
                String.format(LABEL, "Database:", database(settings)),
                String.format(LABEL, "Data directory:", dataDirectory(settings)),
                String.format(LABEL, "Operator API:", operatorApi(settings, operatorApi)));
    }

    /** The kind of database and its JDBC URL without credentials or parameters; H2's file when it has one. */
    static String database(Settings settings) {
        String url = settings.dbUrl();
        String shown = UrlRoutingDataSource.safeForLog(url);
        if (url.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL, " + shown + " as user '" + settings.dbUser() + "'";
        }
        if (!Settings.isH2(url)) {
            return shown;
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "H2 in memory, " + shown + " (gone when the process ends)";
        }
        return h2File(url).map(file -> "H2, " + shown + " (file " + file + ")").orElse("H2, " + shown);
    }

    /** The data directory, and whether the database is in it. */
    static String dataDirectory(Settings settings) {
        Path directory = settings.dataDir();
        String url = settings.dbUrl();
        if (h2File(url).filter(file -> file.startsWith(directory)).isPresent()) {
            return directory.toString();
        }
        return directory + (url.startsWith("jdbc:postgresql:") ? " (not used: the data is in PostgreSQL)"
                : " (not used: the database is elsewhere)");
    }

    /** The file an H2 URL stores its data in ({@code <path>.mv.db}); empty for memory, servers and the like. */
    static Optional<Path> h2File(String url) {
        if (!Settings.isH2(url)) {
            return Optional.empty();
        }
        String location = UrlRoutingDataSource.safeForLog(url).substring("jdbc:h2:".length());
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        } else if (location.matches("^[a-zA-Z]{2,}:.*")) {
            // mem:, tcp:, ssl:, zip:, or another of H2's file systems: no plain file to name.
            return Optional.empty();
        }
        if (location.isEmpty() || location.startsWith("~")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location + ".mv.db").toAbsolutePath().normalize());
    }

    private static String operatorApi(Settings settings, boolean on) {
        if (on) {
            return "on (" + Settings.OPERATOR_TOKEN + " is set)";
        }
        return settings.operatorToken().isPresent()
                ? "off (" + Settings.OPERATOR_TOKEN + " is refused: shorter than "
                        + OperatorAccess.MIN_TOKEN_LENGTH + " characters)"
                : "off (" + Settings.OPERATOR_TOKEN + " is not set)";
    }
}
