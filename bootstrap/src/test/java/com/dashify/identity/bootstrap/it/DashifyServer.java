package com.dashify.identity.bootstrap.it;

import com.dashify.identity.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real runnable jar ({@code target/dashify.jar}) running as its own process, started once
 * per test JVM and shared by every integration test class, then stopped when the JVM's tests end.
 * The database is the one {@code -Ddashify.it.database} names: {@code h2} (a fresh data directory)
 * or {@code postgres} (a fresh database from {@link TestDatabase#postgres()}).
 *
 * <p>Use it with {@code @ExtendWith(DashifyServer.Extension.class)} and take a
 * {@code DashifyServer} parameter in a test method, constructor or lifecycle method. A test that
 * does to its server what others must not see starts one of its own with {@link #startOwn}.
 */
public final class DashifyServer implements AutoCloseable {

    /** Also the JUnit store key. */
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DashifyServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_LINES_ON_FAILURE = 100;
    /**
     * The last line of the summary {@code dashify.jar} logs once it is ready (the service's
     * {@code StartupSummary}): the log {@link #logUntilReady()} holds ends after it.
     */
    static final String SUMMARY_LAST_LINE = "Operator API:";
    private static final Duration SUMMARY_TIMEOUT = Duration.ofSeconds(30);
    /** What the service runs on: {@code dashify.jar} unless {@code -Ddashify.it.server} names another server. */
    static final AppServer SERVER = AppServer.current();

    /** Why the server of this JVM could not start; the next test class fails at once instead of waiting again. */
    private static volatile RuntimeException startFailure;

    private final TestDatabase database;
    private final Process process;
    /** Where the server keeps what it writes; null for a server someone else started. */
    private final Path runDir;
    private final URI baseUri;
    private final String operatorToken;
    private final Path logFile;
    private final HttpClient http;
    private final Thread killOnExit;
    /** What {@code /health/ready} answered while the server started, before its first 200, in order. */
    private final List<Response> startupAnswers = new ArrayList<>();
    /** The log as it was when the server first answered ready. */
    private String logWhenReady = "";

    private DashifyServer(TestDatabase database, Process process, Path runDir, URI baseUri, String operatorToken,
                          Path logFile, HttpClient http) {
        this.database = database;
        this.process = process;
        this.runDir = runDir;
        this.baseUri = baseUri;
        this.operatorToken = operatorToken;
        this.logFile = logFile;
        this.http = http;
        // Should the test JVM end without closing the store (killed, System.exit), the server goes too.
        this.killOnExit = process == null ? null : new Thread(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        if (killOnExit != null) {
            Runtime.getRuntime().addShutdownHook(killOnExit);
        }
    }

    /**
     * A server that someone else started and stops (a node of a {@link Cluster}, or its balancer),
     * reached at {@code baseUri}: the same requests and checks as on a server of the tests' own.
     * Closing it does nothing.
     *
     * @param logFile where its console output goes, or where its balancer's does
     */
    static DashifyServer reachedAt(URI baseUri, String operatorToken, TestDatabase database, Path logFile) {
        // HTTP/1.1, as IdPs and browsers speak it over http: Java's default offers an upgrade to
        // HTTP/2 (h2c), which Payara accepts, and HAProxy then tunnels the connection to one node
        // for its whole life: no request of it would be balanced (ClusterIT shows the balancer's side).
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new DashifyServer(database, null, null, baseUri, operatorToken, logFile, http);
    }

    /** The server of this test JVM, started on first use. */
    public static DashifyServer of(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(DashifyServer.class, key -> startOnce(), DashifyServer.class);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * {@code http://localhost:<port>}: the origin passkeys work at, since a relying-party id is a
     * domain and never an IP address (the launcher makes it the default origin for {@code --port}).
     */
    public URI localhostUri() {
        return URI.create("http://localhost:" + baseUri.getPort());
    }

    /** The operator credential the server was started with ({@code DASHIFY_OPERATOR_TOKEN}). */
    public String operatorToken() {
        return operatorToken;
    }

    /** The server's console output, for a test that wants to read what it logged. */
    public Path logFile() {
        return logFile;
    }

    /**
     * Every answer of {@code /health/ready} while the server started, polled from the moment its
     * process began until the first 200 (which is not among them); times it did not listen are left out.
     */
    public List<Response> startupAnswers() {
        return List.copyOf(startupAnswers);
    }

    /**
     * The server's log from its start to the moment it first answered ready; on {@code dashify.jar},
     * to the end of the summary it logs then, which follows that moment by a few milliseconds.
     */
    public String logUntilReady() {
        return logWhenReady;
    }

    /** {@code h2} or {@code postgres}. */
    public String database() {
        return database.kind();
    }

    /** The JDBC URL the server was given ({@code DASHIFY_DB_URL}). */
    public String databaseUrl() {
        return database.url();
    }

    /** The directory the server runs in (its {@code ./data} is there); null for a server someone else started. */
    public Path runDir() {
        return runDir;
    }

    /** A new connection to the server's database, to check what it stored. */
    public Connection connectToDatabase() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /** The single number a query with one string parameter answers, such as a {@code count(*)}. */
    public long queryNumber(String sql, String parameter) throws SQLException {
        try (Connection db = connectToDatabase(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return row.getLong(1);
            }
        }
    }

    /** A GET of {@code path} (which starts with {@code /}, and may carry a query). */
    public Response get(String path) {
        return send("GET", path, Map.of(), null);
    }

    /**
     * Sends one request and waits for its answer.
     *
     * @param path    starts with {@code /}; may carry a query
     * @param headers request headers, such as {@code Authorization} or {@code Content-Type}
     * @param body    the body as UTF-8 text, or null for none
     */
    public Response send(String method, String path, Map<String, String> headers, String body) {
        return exchange(method, path, headers, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** As {@link #send}, with a body of raw bytes: for bodies that are not UTF-8 text. */
    public Response sendBytes(String method, String path, Map<String, String> headers, byte[] body) {
        return exchange(method, path, headers, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Response exchange(String method, String path, Map<String, String> headers,
                              HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    /** Stops the server and waits for it to go. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        // WildFly's JVM is a child of standalone.sh, which passes SIGTERM on but not SIGKILL.
        List<ProcessHandle> children = process.descendants().toList();
        SERVER.stop(runDir, process);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            // A server's JVM that outlived the script that started it.
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to: nothing left to undo.
        }
    }

    /** One HTTP answer: status, headers and the body as text. */
    public record Response(int status, HttpHeaders headers, String body) {

        /** The first value of a header, matched case-insensitively. */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** The JUnit extension that hands out the shared server as a parameter. */
    public static final class Extension implements BeforeAllCallback, ParameterResolver {

        @Override
        public void beforeAll(ExtensionContext context) {
            of(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DashifyServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    private static DashifyServer startOnce() {
        if (startFailure != null) {
            throw new IllegalStateException("the server failed to start earlier in this JVM", startFailure);
        }
        try {
            return start();
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    private static DashifyServer start() {
        String database = System.getProperty("dashify.it.database", "h2").toLowerCase(Locale.ROOT);
        String logProperties = System.getProperty("dashify.it.logproperties");
        return launch(database + (logProperties == null ? "" : "-verbose"), runDir -> switch (database) {
            // AUTO_SERVER lets the tests open the server's H2 file alongside it, to check what it stored.
            case "h2" -> new TestDatabase("h2", "jdbc:h2:file:" + runDir.resolve("data").resolve("dashify")
                    + ";AUTO_SERVER=TRUE", "sa", "");
            case "postgres" -> TestDatabase.postgres();
            default -> throw new IllegalArgumentException(
                    "dashify.it.database must be h2 or postgres, not '" + database + "'");
        }, List.of());
    }

    /**
     * A server of the caller's own on the given database, not shared: for a test that does to its
     * server what others must not see (stopping its database, for one). The caller closes it.
     *
     * @param name names its log, {@code target/it-logs/server-<name>.log}
     */
    public static DashifyServer startOwn(String name, TestDatabase database) {
        return startOwn(name, database, List.of());
    }

    /**
     * As {@link #startOwn(String, TestDatabase)}, with more of Payara Micro's options after the
     * usual ones, as an operator adds them ({@code --postbootcommandfile}, for one).
     */
    public static DashifyServer startOwn(String name, TestDatabase database, List<String> options) {
        return launch(name, runDir -> database, options);
    }

    private static DashifyServer launch(String name, Function<Path, TestDatabase> databaseIn, List<String> options) {
        Path workDir = AppServer.WORK_DIR;
        if (SERVER != AppServer.PAYARA_MICRO && !options.isEmpty()) {
            throw new IllegalArgumentException("Payara Micro's options on " + SERVER + ": " + options);
        }
        try {
            Path runDir = Files.createTempDirectory(Files.createDirectories(workDir.resolve("it-runs")), name + "-");
            // Each server's own name: the runs on other servers come after Payara Micro's on PostgreSQL,
            // whose log a failure of it must still find.
            String onServer = SERVER == AppServer.PAYARA_MICRO ? ""
                    : SERVER.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-";
            Path logFile = Files.createDirectories(workDir.resolve("it-logs"))
                    .resolve("server-" + onServer + name + ".log");
            int port = SERVER.choosePort();
            String operatorToken = randomToken();

            ProcessBuilder builder = new ProcessBuilder(SERVER.command(runDir, port, options))
                    .directory(runDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            // Whatever the developer's shell says, this server uses the database chosen here.
            env.keySet().removeIf(variable -> variable.startsWith("DASHIFY_"));
            env.put("DASHIFY_OPERATOR_TOKEN", operatorToken);
            // The tests' OpenID provider (mock-oauth2-server) runs on this machine, over http.
            env.put("DASHIFY_SSO_ALLOW_PRIVATE_NETWORK", "true");
            // Ten years: no record of a test run is that old unless a test makes it so (AuditChainIT).
            env.put("DASHIFY_AUDIT_RETENTION_DAYS", "3650");
            // Every tenant of a run gets metrics series of its own, whichever test provisions first.
            env.put("DASHIFY_METRICS_TENANTS", "10000");
            if (SERVER != AppServer.PAYARA_MICRO) {
                // What dashify.jar derives from --port, an operator of another server sets.
                env.put("DASHIFY_WEBAUTHN_ORIGINS", "http://localhost:" + port);
                env.put("JAVA_HOME", System.getProperty("java.home"));
                SERVER.environment(env);
            }
            TestDatabase db = databaseIn.apply(runDir);
            env.put("DASHIFY_DB_URL", db.url());
            env.put("DASHIFY_DB_USER", db.user());
            env.put("DASHIFY_DB_PASSWORD", db.password());

            Instant started = Instant.now();
            Process process = builder.start();
            URI baseUri = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            DashifyServer server = new DashifyServer(db, process, runDir, baseUri, operatorToken, logFile, http);
            try {
                SERVER.afterStart(runDir, port, process);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            server.awaitReady(started);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server", e);
        }
    }

    /** Waits for the first 200 of {@code /health/ready}, counting from the server's start. */
    private void awaitReady(Instant started) {
        Instant deadline = started.plus(STARTUP_TIMEOUT);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the server exited with status " + process.exitValue() + " before it was ready");
            }
            try {
                Response ready = get("/health/ready");
                if (ready.status() == 200) {
                    logWhenReady = SERVER == AppServer.PAYARA_MICRO ? logOnceSummarised() : ServerLog.text(logFile);
                    System.out.printf("Dashify (%s) ready at %s after %d s; log: %s%n", database.kind(), baseUri,
                            Duration.between(started, Instant.now()).toSeconds(), logFile);
                    return;
                }
                startupAnswers.add(ready);
                lastAnswer = ready.status() + " " + ready.body();
                if (SERVER.failedToDeploy(ready.body(), logText())) {
                    fail("the server started but the application failed to deploy");
                }
            } catch (UncheckedIOException notListeningYet) {
                lastAnswer = notListeningYet.getCause().toString();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for the server");
            }
        }
        fail("the server was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s (last answer: " + lastAnswer + ")");
    }

    /**
     * The log once it holds the summary, or as it is after {@link #SUMMARY_TIMEOUT} without one (a
     * test of the summary then fails, not the start). No test has sent a request yet: nothing but
     * the start is in it.
     */
    private String logOnceSummarised() {
        Instant deadline = Instant.now().plus(SUMMARY_TIMEOUT);
        String log = ServerLog.text(logFile);
        while (!log.contains(SUMMARY_LAST_LINE) && Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            log = ServerLog.text(logFile);
        }
        return log;
    }

    private void fail(String problem) {
        close();
        throw new IllegalStateException(problem + "; its log " + logFile + " ends with:\n" + logTail());
    }

    private String logText() {
        try {
            return ServerLog.text(logFile);
        } catch (UncheckedIOException e) {
            return "";
        }
    }

    private String logTail() {
        try {
            List<String> lines = ServerLog.text(logFile).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (UncheckedIOException e) {
            return "(cannot read it: " + e + ")";
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "op_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
