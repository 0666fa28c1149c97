package com.dashify.identity.bootstrap.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The entry point of {@code dashify.jar}: Payara Micro with the service's WAR inside. It unpacks
 * the WAR and hands it to Payara Micro as {@code --deploy}, with single-node defaults, followed by
 * whatever options were given ({@code --port 9090}, for one).
 *
 * <p>Not Payara's own {@code --outputuberjar}: a WAR deployed from inside such a jar finds no
 * context class loader when the security container starts, and a WAR with security constraints
 * (the admin console) then fails to deploy. Deployed from a file, it works.
 *
 * <p>Payara's HTTP listener stays closed until the service is deployed, and so migrated: a pre-boot
 * command closes it, and it opens once Payara Micro has deployed the WAR. Until then a
 * {@link StartupResponder} holds the port and answers 503 with {@code Retry-After}, where the
 * container answered 404, and 500 while the application was deploying. Not when the port is
 * chosen by Payara ({@code --autobindhttp}) or the whole configuration is the caller's
 * ({@code --domainconfig}): those start as Payara Micro does. The options are read as Payara
 * reads them ({@link PayaraOptions}): in any case, and with its {@code payaramicro.*} settings.
 *
 * <p>A node runs alone ({@code --nohazelcast}) unless {@code --cluster} asks it to join others
 * ({@link ClusterMembership}), and once started it stops gracefully on SIGTERM ({@link GracefulStop}).
 * Payara's warnings that say nothing about the node stay out of its log ({@link QuietStart}), and
 * once it serves, the service logs a summary: where, on which database, with or without the
 * operator API ({@link ReadySummary}).
 */
public final class DashifyLauncher {

    static final String EMBEDDED_WAR = "/dashify/ROOT.war";
    /** Settings of the service (see its {@code Settings}), read here only to default them for the port. */
    static final String WEBAUTHN_RP_ID = "DASHIFY_WEBAUTHN_RP_ID";
    static final String WEBAUTHN_ORIGINS = "DASHIFY_WEBAUTHN_ORIGINS";
    static final String DB_URL = "DASHIFY_DB_URL";
    static final String HTTP_LISTENER_ENABLED =
            "configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled";
    /**
     * Without this, the listener opened after boot serves through a virtual server with single
     * sign-on, in its clustered form (the console's sign-in then failed: "Hazelcast is not enabled").
     * The service has one application and its own sessions: no single sign-on across applications.
     */
    static final String NO_SINGLE_SIGN_ON =
            "configs.config.server-config.http-service.virtual-server.server.sso-enabled=false";
    /** Sessions kept in this node's memory: Payara's web availability (replication through the grid) off. */
    static final String SESSIONS_IN_MEMORY =
            "configs.config.server-config.availability-service.web-container-availability.availability-enabled=false";
    /**
     * Payara's own MicroProfile Metrics endpoint off and moved away from {@code /metrics}, where the
     * service serves its metrics: disabled alone, it still answers {@code /metrics} with 403.
     */
    static final List<String> NO_PAYARA_METRICS = List.of(
            "configs.config.server-config.microprofile-metrics-configuration.enabled=false",
            "configs.config.server-config.microprofile-metrics-configuration.endpoint=payara-metrics");
    static final String PREBOOT_COMMANDS = "--prebootcommandfile";
    private static final String PORT = "--port";
    private static final int DEFAULT_HTTP_PORT = 8080;

    private DashifyLauncher() {
    }

    public static void main(String[] given) throws Exception {
        ClusterMembership cluster;
        try {
            cluster = ClusterMembership.of(given, DashifyLauncher::setting);
        } catch (IllegalArgumentException wrong) {
            System.err.println("Dashify: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        String[] args = cluster.otherOptions().toArray(String[]::new);
        List<String> options = new ArrayList<>(List.of("--deploy", unpackWar().toString()));
        options.addAll(cluster.gridOptions(onPostgres()));
        if (cluster.joins(onPostgres())) {
            // Read by the service (ClusterWiring), which says so loudly if it then finds no grid; and
            // Hazelcast's own shutdown hook, should it run, hands partitions over rather than dropping them.
            System.setProperty("dashify.cluster.joined", "true");
            System.setProperty("hazelcast.shutdownhook.policy", "GRACEFUL");
        }
        if (cluster.requested() && !onPostgres()) {
            System.err.println("Dashify: clustering needs PostgreSQL (" + DB_URL + "); this node runs alone,"
                    + " on its own embedded H2 database, and joins no cluster");
        }
        defaultPasskeyOriginToPort(args);
        QuietStart.beforeBoot();
        StartupResponder starting = startupResponder(args);
        options.addAll(withPrebootCommands(args, prebootCommands(starting != null, cluster.joins(onPostgres()))));
        try {
            // Returns once Payara Micro has booted and deployed the WAR; its threads keep running.
            Class.forName("fish.payara.micro.PayaraMicro").getMethod("main", String[].class)
                    .invoke(null, (Object) options.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            if (starting != null) {
                starting.close();
            }
        }
        if (!GracefulStop.serviceDeployed(ManagementFactory.getPlatformMBeanServer())) {
            // Payara stays up without the application (answering 404 or 503 for ever); a node of no
            // use exits, so that whatever runs it (an orchestrator, the cluster script) starts another.
            System.err.println("Dashify: the service did not deploy (the log above says why: on a busy"
                    + " machine, often a first database connection that timed out); exiting");
            System.exit(1);
        }
        if (starting != null) {
            openHttpListener();
        }
        ClassLoader runtime = Thread.currentThread().getContextClassLoader();
        GracefulStop.onTerminate(GracefulStop.drainPeriod(setting(GracefulStop.DRAIN_SETTING)), () -> {
            Thread.currentThread().setContextClassLoader(runtime);
            closeHttpListener();
        });
        ReadySummary.announce(ManagementFactory.getPlatformMBeanServer(), servedAt(args));
    }

    /**
     * The URLs Payara's enabled listeners serve at; should Payara not say, the HTTP port's (or
     * nothing, when Payara chose the port).
     */
    private static List<String> servedAt(String[] args) {
        try {
            List<String> urls = ListenerUrls.of(runCommand("get", ListenerUrls.LISTENERS + ".*"),
                    runCommand("get", ListenerUrls.PROTOCOLS + ".*.security-enabled"));
            if (!urls.isEmpty()) {
                return urls;
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unknown) {
            // The port the launcher knows is the next best answer.
        }
        OptionalInt port = httpPort(args);
        return port.isPresent() ? List.of("http://localhost:" + port.getAsInt() + "/")
                : List.of("(the port Payara chose)");
    }

    /** Whether the service's database is PostgreSQL ({@code DASHIFY_DB_URL}); H2 when unset. */
    static boolean onPostgres() {
        String url = setting(DB_URL);
        return url != null && url.strip().startsWith("jdbc:postgresql:");
    }

    /**
     * Answers on the HTTP port while Payara starts, when the port is known and free; else null, and
     * Payara's listener opens as Payara Micro opens it. Without the {@code jdk.httpserver} module
     * (a trimmed runtime), the same, with one line that says so.
     */
    static StartupResponder startupResponder(String[] args) {
        OptionalInt port = httpPort(args);
        if (port.isEmpty()) {
            return null;
        }
        // Checked here: loading the responder's class without the module fails with NoClassDefFoundError.
        if (ModuleLayer.boot().findModule("jdk.httpserver").isEmpty()) {
            System.err.println("Dashify: this Java runtime lacks the jdk.httpserver module; until the service is"
                    + " deployed, port " + port.getAsInt() + " answers as Payara Micro does, not with 503");
            return null;
        }
        try {
            return StartupResponder.open(port.getAsInt());
        } catch (IOException taken) {
            // Payara will say so in its own words when it cannot listen either.
            System.err.println("Dashify: cannot listen on port " + port.getAsInt() + " while starting: " + taken);
            return null;
        }
    }

    /**
     * The port Payara's HTTP listener will use: {@code --port}, else {@code payaramicro.port}, else
     * 8080; empty when Payara chooses it, the caller's domain.xml says, or the port is not a number.
     */
    static OptionalInt httpPort(String[] args) {
        PayaraOptions options = PayaraOptions.of(args);
        if (options.given("--autobindhttp") || options.given("--domainconfig")
                || options.property("payaramicro.autoBindHttp").filter("true"::equals).isPresent()
                || options.property("payaramicro.domainConfig").isPresent()) {
            return OptionalInt.empty();
        }
        Optional<String> port = configuredPort(options);
        if (port.isEmpty()) {
            return OptionalInt.of(DEFAULT_HTTP_PORT);
        }
        return port.get().matches("[0-9]{1,5}") ? OptionalInt.of(Integer.parseInt(port.get())) : OptionalInt.empty();
    }

    /** The HTTP port the caller chose, as Payara reads it: the last {@code --port}, else {@code payaramicro.port}. */
    private static Optional<String> configuredPort(PayaraOptions options) {
        return options.last(PORT).or(() -> options.property("payaramicro.port"));
    }

    /**
     * Payara's configuration before boot, as {@code set} commands: while the launcher holds the
     * port, the HTTP listener closed (and single sign-on off for when it opens); on a node that
     * runs alone, HTTP sessions in memory. The service's web.xml asks for distributable sessions,
     * which Payara keeps in its data grid; without a grid it failed to load them ("Hazelcast is not
     * enabled") and signed browsers out. Always, Payara's metrics away from the service's.
     */
    static List<String> prebootCommands(boolean holdingPort, boolean joined) {
        List<String> commands = new ArrayList<>();
        NO_PAYARA_METRICS.forEach(setting -> commands.add("set " + setting));
        if (holdingPort) {
            commands.add("set " + HTTP_LISTENER_ENABLED + "=false");
            commands.add("set " + NO_SINGLE_SIGN_ON);
        }
        if (!joined) {
            commands.add("set " + SESSIONS_IN_MEMORY);
        }
        return commands;
    }

    /**
     * The options, with a pre-boot command file of {@code commands} followed by the commands of the
     * caller's own pre-boot files, however the option is spelt (Payara reads only one file: the
     * last); the options as given when there are no commands of ours.
     */
    static List<String> withPrebootCommands(String[] args, List<String> commands) throws IOException {
        if (commands.isEmpty()) {
            return List.of(args);
        }
        PayaraOptions given = PayaraOptions.of(args);
        StringBuilder file = new StringBuilder();
        commands.forEach(command -> file.append(command).append('\n'));
        for (String own : given.values(PREBOOT_COMMANDS)) {
            file.append(Files.readString(Path.of(own), StandardCharsets.UTF_8)).append('\n');
        }
        List<String> options = given.without(PREBOOT_COMMANDS);
        Path path = Files.createTempFile("dashify-preboot-", ".asadmin");
        path.toFile().deleteOnExit();
        Files.writeString(path, file, StandardCharsets.UTF_8);
        options.addAll(List.of(PREBOOT_COMMANDS, path.toString()));
        return options;
    }

    /**
     * Opens Payara's HTTP listener. An instance that cannot open its port is of no use: it exits,
     * so that whatever runs it starts another.
     */
    private static void openHttpListener() {
        try {
            setHttpListenerEnabled(true);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
            System.err.println("Dashify: cannot open the HTTP listener after deployment; exiting: " + failed);
            System.exit(1);
        }
    }

    /**
     * Closes Payara's HTTP listener before a graceful stop exits: a request that still arrives is
     * refused at connect, which a balancer retries elsewhere, rather than answered by an application
     * being undeployed. A listener that does not close is left to the stop.
     */
    static void closeHttpListener() {
        try {
            setHttpListenerEnabled(false);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
            System.err.println("Dashify: cannot close the HTTP listener before stopping: " + failed);
        }
    }

    /** Opens or closes Payara's HTTP listener. */
    private static void setHttpListenerEnabled(boolean enabled) throws ReflectiveOperationException {
        runCommand("set", HTTP_LISTENER_ENABLED + "=" + enabled);
    }

    /**
     * Runs one of Payara's administration commands through the server's own command runner (Payara
     * Micro's public runtime runs commands only on cluster members, and a single node is none);
     * returns what it printed, when it succeeded.
     */
    private static String runCommand(String command, String... arguments) throws ReflectiveOperationException {
        ClassLoader runtime = Thread.currentThread().getContextClassLoader();
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, runtime);
        Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", true, runtime);
        Class<?> resultType = Class.forName("org.glassfish.embeddable.CommandResult", true, runtime);
        Object locator = Class.forName("org.glassfish.internal.api.Globals", true, runtime)
                .getMethod("getDefaultHabitat").invoke(null);
        Object runner = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, runnerType, new Annotation[0]);
        Object result = runnerType.getMethod("run", String.class, String[].class).invoke(runner, command, arguments);
        Object status = resultType.getMethod("getExitStatus").invoke(result);
        String output = String.valueOf(resultType.getMethod("getOutput").invoke(result));
        if (!String.valueOf(status).equals("SUCCESS")) {
            throw new IllegalStateException(status + ": " + output);
        }
        return output;
    }

    /**
     * Run on localhost with {@code --port 9090} (or {@code -Dpayaramicro.port=9090}), passkeys must
     * be used from {@code http://localhost:9090}: unless the origins or another relying-party id are
     * configured, that becomes the default origin.
     */
    static void defaultPasskeyOriginToPort(String[] args) {
        String rpId = setting(WEBAUTHN_RP_ID);
        if (setting(WEBAUTHN_ORIGINS) != null || rpId != null && !rpId.strip().equals("localhost")) {
            return;
        }
        configuredPort(PayaraOptions.of(args)).filter(port -> port.matches("[0-9]{1,5}")).ifPresent(
                port -> System.setProperty(propertyName(WEBAUTHN_ORIGINS), "http://localhost:" + port));
    }

    private static String setting(String key) {
        String value = System.getProperty(propertyName(key), System.getenv(key));
        return value == null || value.isBlank() ? null : value;
    }

    private static String propertyName(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The WAR, as a file named so that Payara Micro serves it at {@code /}. */
    private static Path unpackWar() {
        try (InputStream war = DashifyLauncher.class.getResourceAsStream(EMBEDDED_WAR)) {
            if (war == null) {
                throw new IllegalStateException(EMBEDDED_WAR + " is missing from this jar");
            }
            Path directory = Files.createTempDirectory("dashify-");
            Path file = directory.resolve("ROOT.war");
            Files.copy(war, file, StandardCopyOption.REPLACE_EXISTING);
            // Deleted in the reverse order of registration: the directory first registered goes last.
            directory.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the service's WAR", e);
        }
    }
}
