package com.dashify.identity.bootstrap.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The server {@link DashifyServer} runs the service on, as {@code -Ddashify.it.server} names it:
 * {@code payara-micro} ({@code dashify.jar}, the default), {@code wildfly} or {@code payara-server}.
 * On the last two the same {@code dashify.war} is deployed as the README tells an operator to:
 * unchanged, at {@code /}, with the settings in the server's environment.
 */
enum AppServer {

    /** {@code dashify.jar}: Payara Micro with the WAR in it. */
    PAYARA_MICRO {
        @Override
        List<String> command(Path runDir, int port, List<String> options) {
            Path jar = Path.of(System.getProperty("dashify.it.jar", WORK_DIR.resolve("dashify.jar").toString()));
            requireFile(jar, "run 'mvn package' (or verify) first");
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-jar", jar.toString(),
                    "--port", Integer.toString(port), "--rootdir", runDir.resolve("payara").toString()));
            String logProperties = System.getProperty("dashify.it.logproperties");
            if (logProperties != null) {
                command.addAll(List.of("--logproperties", Path.of(logProperties).toAbsolutePath().toString()));
            }
            command.addAll(options);
            return command;
        }

        @Override
        boolean failedToDeploy(String readyAnswer, String log) {
            // Payara answers for the application it failed to deploy, and the launcher says so
            // before it exits (Payara's own "ready in" line is below the level dashify.jar logs).
            return readyAnswer.contains("No Application deployed")
                    && log.contains("Dashify: the service did not deploy");
        }
    },

    /**
     * WildFly from {@code dashify.it.wildfly.home} with a server directory of the run's own, the WAR
     * copied into its {@code deployments/} under its own name: its {@code jboss-web.xml} puts it at
     * {@code /}. The default {@code standalone.xml} and {@code standalone.conf}, as the README has it.
     */
    WILDFLY {
        @Override
        List<String> command(Path runDir, int port, List<String> options) throws IOException {
            Path home = home("dashify.it.wildfly.home");
            Path base = runDir.resolve("standalone");
            Path configuration = Files.createDirectories(base.resolve("configuration"));
            try (var files = Files.list(home.resolve("standalone/configuration"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, configuration.resolve(file.getFileName()));
                }
            }
            Files.copy(war(), Files.createDirectories(base.resolve("deployments")).resolve(war().getFileName()));
            return List.of(home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.bind.address=127.0.0.1",
                    "-Djboss.bind.address.management=127.0.0.1",
                    "-Djboss.http.port=" + port,
                    "-Djboss.https.port=" + freePort(),
                    "-Djboss.management.http.port=" + freePort(),
                    "-Djboss.management.https.port=" + freePort());
        }

        @Override
        void environment(Map<String, String> env) {
            // standalone.sh then passes SIGTERM on to the server's JVM and waits for it.
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        }

        @Override
        boolean failedToDeploy(String readyAnswer, String log) {
            // "WFLYSRV0026: WildFly ... started (with errors)", and 404 from then on.
            return log.contains("WFLYSRV0026");
        }
    },

    /**
     * Payara Server from {@code dashify.it.payara.home}: a domain of the run's own, whose ports
     * start at a free base (HTTP at base + 80, administration at base + 48), run in the
     * foreground; once it listens, the WAR is deployed with {@code asadmin deploy}, as the README
     * has it: its {@code glassfish-web.xml} puts it at {@code /}.
     */
    PAYARA_SERVER {
        @Override
        int choosePort() throws IOException {
            return freePortBase() + 80;
        }

        @Override
        List<String> command(Path runDir, int port, List<String> options) throws IOException {
            Path domains = runDir.resolve("domains");
            asadmin("create-domain", "--domaindir", domains.toString(), "--portbase", Integer.toString(port - 80),
                    "--nopassword", DOMAIN);
            return List.of(asadmin(), "start-domain", "--verbose", "--domaindir", domains.toString(), DOMAIN);
        }

        @Override
        void afterStart(Path runDir, int port, Process process) {
            String adminPort = Integer.toString(port - 80 + 48);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!answers("--port", adminPort, "list-applications")) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Payara Server's administration did not answer on " + adminPort);
                }
                sleep();
            }
            asadmin("--port", adminPort, "deploy", "--name", "dashify", war().toString());
        }

        @Override
        void stop(Path runDir, Process process) {
            answers("stop-domain", "--domaindir", runDir.resolve("domains").toString(), DOMAIN);
        }

        @Override
        boolean failedToDeploy(String readyAnswer, String log) {
            // Deployed by afterStart, which fails when the deployment does.
            return false;
        }
    };

    /** Where the build put what the tests run ({@code target/}), and where they write. */
    static final Path WORK_DIR = Path.of(System.getProperty("dashify.it.workdir", "target")).toAbsolutePath();
    private static final String DOMAIN = "dashify";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    /** The server {@code -Ddashify.it.server} names. */
    static AppServer current() {
        String name = System.getProperty("dashify.it.server", "payara-micro");
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The port the service is to be served at. */
    int choosePort() throws IOException {
        return freePort();
    }

    /** The command that starts the server with the service at {@code http://127.0.0.1:<port>/}. */
    abstract List<String> command(Path runDir, int port, List<String> options) throws IOException;

    /** What the server's process needs in its environment beside the service's settings. */
    void environment(Map<String, String> env) {
    }

    /** Once the server's process runs: deploys the WAR where the server does not find it by itself. */
    void afterStart(Path runDir, int port, Process process) {
    }

    /** Before its process is stopped: what the server needs to stop cleanly. */
    void stop(Path runDir, Process process) {
    }

    /** Whether the server is up without the service, as it will stay: its answer to a readiness check, its log. */
    abstract boolean failedToDeploy(String readyAnswer, String log);

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** A multiple of 100 whose next hundred ports are all free: Payara Server's domain takes a dozen of them. */
    private static int freePortBase() {
        for (int tries = 0; tries < 50; tries++) {
            int base = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            if (IntStream.range(base, base + 100).allMatch(AppServer::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("no free hundred ports between 20000 and 60000");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    /** The one WAR file that every server gets, as the build made it. */
    static Path war() {
        Path war = Path.of(System.getProperty("dashify.it.war", WORK_DIR.resolve("dashify.war").toString()));
        requireFile(war, "run 'mvn package' (or verify) first");
        return war;
    }

    private static Path home(String property) {
        Path home = Path.of(System.getProperty(property, "")).toAbsolutePath();
        requireFile(home.resolve("bin"), "run 'mvn verify', which unpacks the server before the integration tests");
        return home;
    }

    private static void requireFile(Path path, String advice) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " does not exist; " + advice);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String asadmin() {
        return home("dashify.it.payara.home").resolve("bin/asadmin").toString();
    }

    /** Runs asadmin to its end, and fails with what it said unless it succeeded. */
    private static void asadmin(String... arguments) {
        Result result = runAsadmin(arguments);
        if (result.status != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed (" + result.status
                    + "):\n" + result.output);
        }
    }

    private static boolean answers(String... arguments) {
        return runAsadmin(arguments).status == 0;
    }

    private record Result(int status, String output) {
    }

    private static Result runAsadmin(String... arguments) {
        // Never a prompt: it would wait for an answer until the timeout.
        List<String> command = new ArrayList<>(List.of(asadmin(), "--interactive=false"));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("asadmin", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, "no answer within " + START_TIMEOUT.toSeconds() + " s");
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during asadmin " + arguments[0], e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Payara Server", e);
        }
    }
}
