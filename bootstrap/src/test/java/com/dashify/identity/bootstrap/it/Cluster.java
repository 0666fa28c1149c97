package com.dashify.identity.bootstrap.it;

import com.dashify.identity.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A cluster as an operator starts one: {@code cluster/dashify-cluster start} (PostgreSQL unless
 * the tests name one, N nodes of {@code dashify.jar}, HAProxy in front, round robin without
 * stickiness), read back from the {@code cluster.env} the script writes. Each node and the
 * balancer are offered as a {@link DashifyServer}, so the usual clients ({@link ScimClient},
 * {@link ConsoleClient}, {@link PasskeyIT.Browser}) talk to either. Closing it stops the whole
 * cluster; so does the JVM's exit, should the test JVM end without closing it.
 *
 * <p>The script's ports are the base port P (the balancer), P+I (node I), P+10+I (node I's grid)
 * and P+20 (PostgreSQL, when the script starts it): the base is the first of
 * {@code -Ddashify.it.cluster.baseports} (default {@code 18400,18440}: a cluster uses base to base+30) whose ports are all free.
 */
final class Cluster implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(360);
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(360);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
    private static final int LOG_LINES_ON_FAILURE = 60;

    private final String name;
    private final Path script;
    private final Path dir;
    private final Path commandLog;
    private final Map<String, String> environment;
    private final Map<String, String> settings;
    private final TestDatabase database;
    private final DashifyServer balancer;
    private final List<DashifyServer> nodes;
    private final Thread stopOnExit;
    private boolean stopped;

    private Cluster(String name, Path script, Path dir, Path commandLog, Map<String, String> environment,
                    Map<String, String> settings) {
        this.name = name;
        this.script = script;
        this.dir = dir;
        this.commandLog = commandLog;
        this.environment = environment;
        this.settings = settings;
        this.database = new TestDatabase("postgres", setting("DASHIFY_DB_URL"), setting("DASHIFY_DB_USER"),
                setting("DASHIFY_DB_PASSWORD"));
        String operatorToken = setting("DASHIFY_OPERATOR_TOKEN");
        this.balancer = DashifyServer.reachedAt(onLoopback(setting("DASHIFY_CLUSTER_URL")), operatorToken, database,
                dir.resolve("haproxy.log"));
        int count = Integer.parseInt(setting("DASHIFY_NODES"));
        this.nodes = IntStream.rangeClosed(1, count).mapToObj(node -> DashifyServer.reachedAt(
                onLoopback(setting("DASHIFY_NODE_" + node + "_URL")), operatorToken, database,
                dir.resolve("node-" + node + ".log"))).toList();
        this.stopOnExit = new Thread(this::stopQuietly);
    }

    /**
     * Starts a cluster of {@code nodeCount} nodes under {@code target/cluster-it/<name>}, and returns
     * once the balancer answers ready through every node. A cluster that fails to start is stopped
     * again, and the failure carries the script's output.
     */
    static Cluster start(String name, int nodeCount) {
        Path workDir = Path.of(System.getProperty("dashify.it.workdir", "target")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("dashify.it.jar", workDir.resolve("dashify.jar").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist; run 'mvn package' (or verify) first");
        }
        Path script = script();
        try {
            Path parent = Files.createDirectories(workDir.resolve("cluster-it"));
            Path dir = parent.resolve(name);
            Path commandLog = parent.resolve(name + "-commands.log");
            Files.deleteIfExists(commandLog);
            int basePort = freeBasePort(nodeCount);

            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("DASHIFY_OPERATOR_TOKEN", randomToken());
            // Ten years: no record of a test run is that old (as for DashifyServer).
            environment.put("DASHIFY_AUDIT_RETENTION_DAYS", "3650");
            // HAProxy takes a draining node out after two failed checks 500 ms apart, each allowed
            // 2 s on a starved machine (haproxy.cfg): 6 s covers that, where the default 10 s would
            // add half a minute to the restarts the tests make.
            environment.put("DASHIFY_DRAIN_SECONDS", "6");
            // The script's bound per node start, which it may spend twice (it starts a node that
            // failed once more): within this fixture's own bounds, so that its diagnosis is seen.
            environment.put("DASHIFY_CLUSTER_START_TIMEOUT", "150");
            // Passkeys are bound to the origin the browser sees: the balancer's, at localhost.
            environment.put("DASHIFY_WEBAUTHN_RP_ID", "localhost");
            environment.put("DASHIFY_WEBAUTHN_ORIGINS", "http://localhost:" + basePort);
            String testServer = System.getenv("DASHIFY_TEST_PG_URL");
            if (testServer != null && !testServer.isBlank()) {
                // The server DASHIFY_TEST_PG_URL names (./test starts one): a database of this cluster's own on it.
                TestDatabase fresh = TestDatabase.postgres();
                environment.put("DASHIFY_DB_URL", fresh.url());
                environment.put("DASHIFY_DB_USER", fresh.user());
                environment.put("DASHIFY_DB_PASSWORD", fresh.password());
            }
            // Otherwise the script starts a PostgreSQL of its own, and cluster.env names it.

            List<String> start = new ArrayList<>(List.of("start", "--nodes", Integer.toString(nodeCount),
                    "--port", Integer.toString(basePort), "--dir", dir.toString(), "--jar", jar.toString()));
            Instant began = Instant.now();
            Result started = run(script, commandLog, environment, START_TIMEOUT, start);
            if (started.exitCode() != 0) {
                Result stop = run(script, commandLog, environment, STOP_TIMEOUT, List.of("stop", "--dir", dir.toString()));
                killLeftovers(dir);
                throw new IllegalStateException("the cluster did not start (" + started.describe() + "; stop: "
                        + stop.describe() + "); " + commandLog + " ends with:\n" + tail(commandLog)
                        + nodeLogTails(dir));
            }
            Cluster cluster = new Cluster(name, script, dir, commandLog, environment, readEnv(dir.resolve("cluster.env")));
            Runtime.getRuntime().addShutdownHook(cluster.stopOnExit);
            System.out.printf("Cluster %s of %d nodes ready at %s after %d s; logs: %s%n", name, nodeCount,
                    cluster.balancer.baseUri(), Duration.between(began, Instant.now()).toSeconds(), dir);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the cluster " + name, e);
        }
    }

    /** The balancer, {@code http://127.0.0.1:P}; its {@link DashifyServer#localhostUri()} is the passkeys' origin. */
    DashifyServer balancer() {
        return balancer;
    }

    /** Node {@code i}, from 1, reached directly (not through the balancer). */
    DashifyServer node(int i) {
        return nodes.get(i - 1);
    }

    int nodeCount() {
        return nodes.size();
    }

    /** The database every node uses, to check what they stored. */
    TestDatabase database() {
        return database;
    }

    /** Where the script keeps the cluster's logs, pids and {@code cluster.env}. */
    Path dir() {
        return dir;
    }

    /** SIGKILLs node {@code i}; returns at once, with the process gone or going. */
    void killNode(int i) {
        command(NODE_TIMEOUT, "kill-node", Integer.toString(i));
    }

    /** Starts node {@code i} again (after {@link #killNode}) and returns when it answers ready. */
    void startNode(int i) {
        command(NODE_TIMEOUT, "start-node", Integer.toString(i));
    }

    /**
     * The nodes HAProxy sent requests to since {@code since} (from its log, one line per request
     * naming the node), health checks left out: the evidence that a flow did cross nodes.
     */
    Set<String> nodesThatServedSince(Instant since) {
        Pattern line = Pattern.compile("^(\\S+) .* nodes/(node-\\d+) .*\"(\\S+) (\\S+) [^\"]*\"$");
        Set<String> served = new TreeSet<>();
        try (Stream<String> lines = Files.lines(dir.resolve("haproxy.log"), StandardCharsets.UTF_8)) {
            lines.map(line::matcher).filter(Matcher::matches)
                    .filter(match -> !match.group(4).startsWith("/health"))
                    .filter(match -> !OffsetDateTime.parse(match.group(1)).toInstant().isBefore(since))
                    .forEach(match -> served.add(match.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the balancer's log in " + dir, e);
        }
        return served;
    }

    /** Starts node {@code i} again if its process is gone (after a test that failed with it down). */
    void ensureRunning(int i) {
        Path pidFile = dir.resolve("node-" + i + ".pid");
        boolean alive;
        try {
            alive = Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException unreadable) {
            alive = false;
        }
        if (!alive) {
            startNode(i);
        }
    }

    /** Stops node {@code i} gracefully (SIGTERM, its drain) and starts it again; returns when it is ready. */
    void restartNode(int i) {
        command(NODE_TIMEOUT, "restart-node", Integer.toString(i));
    }

    /** Restarts every node in turn, each gracefully; returns when the last is ready again. */
    void rollingRestart() {
        command(NODE_TIMEOUT.multipliedBy(nodes.size()), "rolling-restart");
    }

    /** Stops the balancer, the nodes and the script's PostgreSQL; what will not stop is killed. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to: nothing left to undo.
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        Result stop = run(script, commandLog, environment, STOP_TIMEOUT, List.of("stop", "--dir", dir.toString()));
        if (stop.exitCode() != 0) {
            System.out.println("Cluster " + name + ": stop " + stop.describe() + "; see " + commandLog);
        }
        killLeftovers(dir);
    }

    private void command(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(Arrays.asList(arguments));
        command.addAll(List.of("--dir", dir.toString()));
        Result result = run(script, commandLog, environment, timeout, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("dashify-cluster " + String.join(" ", arguments) + ": " + result.describe()
                    + "; " + commandLog + " ends with:\n" + tail(commandLog) + nodeLogTails(dir));
        }
    }

    private String setting(String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalStateException(dir.resolve("cluster.env") + " has no " + key + ": " + settings.keySet());
        }
        return value;
    }

    /** How one run of the script ended: its exit code (-1: it did not end in time, and was killed). */
    private record Result(List<String> command, int exitCode, Duration took) {

        String describe() {
            return String.join(" ", command) + (exitCode < 0 ? " did not end in time" : " exited " + exitCode)
                    + " after " + took.toSeconds() + " s";
        }
    }

    /**
     * Runs the script with the tests' settings, its output appended to {@code commandLog} (a file,
     * not a pipe: the nodes it starts in the background may keep its output open).
     */
    private static Result run(Path script, Path commandLog, Map<String, String> environment, Duration timeout,
                              List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        Instant began = Instant.now();
        try {
            Files.writeString(commandLog, "\n$ dashify-cluster " + String.join(" ", arguments) + "  (" + began + ")\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(commandLog.toFile()));
            Map<String, String> env = builder.environment();
            // Whatever the developer's shell says, the cluster gets the settings chosen here; the
            // script's own settings (DASHIFY_CLUSTER_START_TIMEOUT, ...) and the test server's pass.
            env.keySet().removeIf(variable -> variable.startsWith("DASHIFY_") && !variable.startsWith("DASHIFY_TEST_")
                    && !variable.startsWith("DASHIFY_CLUSTER_"));
            env.putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                // The script alone: what it started is for 'stop' to end, by the pids it wrote.
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Result(arguments, -1, Duration.between(began, Instant.now()));
            }
            return new Result(arguments, process.exitValue(), Duration.between(began, Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during dashify-cluster " + arguments, e);
        }
    }

    /** Kills any process whose pid file the script left in {@code dir} and that still runs: ours alone. */
    private static void killLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pidFile : files.filter(file -> file.getFileName().toString().endsWith(".pid")).toList()) {
                String text = Files.readString(pidFile, StandardCharsets.UTF_8).strip();
                if (!text.matches("\\d+")) {
                    continue;
                }
                ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive).ifPresent(left -> {
                    System.out.println("Cluster: killing " + pidFile.getFileName() + " (" + left.pid()
                            + "), still running after stop");
                    left.destroyForcibly();
                });
            }
        } catch (IOException e) {
            System.out.println("Cluster: cannot read the pid files in " + dir + ": " + e);
        }
    }

    /** The script: {@code -Ddashify.it.cluster.script}, else {@code cluster/dashify-cluster} above the working directory. */
    private static Path script() {
        String configured = System.getProperty("dashify.it.cluster.script");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("cluster").resolve("dashify-cluster");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no cluster/dashify-cluster in " + Path.of("").toAbsolutePath()
                + " or above it; set -Ddashify.it.cluster.script");
    }

    private static int freeBasePort(int nodeCount) {
        String candidates = System.getProperty("dashify.it.cluster.baseports", "18400,18440");
        for (String candidate : candidates.split(",")) {
            int base = Integer.parseInt(candidate.strip());
            List<Integer> ports = new ArrayList<>(List.of(base, base + 20));
            for (int node = 1; node <= nodeCount; node++) {
                ports.add(base + node);
                ports.add(base + 10 + node);
            }
            if (ports.stream().allMatch(Cluster::isFree)) {
                return base;
            }
        }
        throw new IllegalStateException("no free base port among " + candidates);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** {@code KEY=value} lines, as a shell reads them: optional {@code export}, optional quotes. */
    static Map<String, String> readEnv(Path file) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String value = trimmed.substring(equals + 1);
            if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                    || value.startsWith("\"") && value.endsWith("\""))) {
                value = value.substring(1, value.length() - 1);
            }
            settings.put(trimmed.substring(0, equals), value);
        }
        return settings;
    }

    /** The same URL at 127.0.0.1, as the other tests reach their server ({@code localhostUri()} gives it back). */
    private static URI onLoopback(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        return URI.create(uri.getScheme() + "://127.0.0.1:" + uri.getPort());
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "op_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String nodeLogTails(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder tails = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path log : files.filter(file -> file.getFileName().toString().matches("node-\\d+\\.log")).sorted()
                    .toList()) {
                tails.append("\n--- ").append(log).append(" ends with:\n").append(tail(log));
            }
        } catch (IOException e) {
            tails.append("\n(cannot list ").append(dir).append(": ").append(e).append(')');
        }
        return tails.toString();
    }

    private static String tail(Path file) {
        try {
            List<String> lines = ServerLog.text(file).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (UncheckedIOException e) {
            return "(cannot read it: " + e + ")";
        }
    }
}
