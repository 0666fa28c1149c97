package com.dashify.identity.bootstrap.it;

import com.dashify.identity.testsupport.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of one test's own, made with the machine's server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, which {@code ./test} installs), that the test stops
 * and starts again on the same port and data. As root, its commands run as {@code postgres}, since
 * {@code initdb} and {@code pg_ctl} refuse to run as root; {@code ./test} does the same.
 */
final class ThrowawayPostgres implements AutoCloseable {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String password;
    private final boolean root;
    private boolean running;

    private ThrowawayPostgres(Path bin, Path dir, int port, String password, boolean root) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.root = root;
    }

    /** A new cluster, started, listening on 127.0.0.1 only, with a random password for {@code postgres}. */
    static ThrowawayPostgres start() throws IOException {
        boolean root = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        Path dir = Files.createTempDirectory("dashify-outage-pg-");
        // Not hex digits alone: EclipseLink would take such a password for an encrypted one (see ./test).
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = "it-" + HexFormat.of().formatHex(secret);
        Path passwordFile = Files.writeString(dir.resolve("pwfile"), password + "\n", StandardCharsets.UTF_8);
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(passwordFile, postgres);
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(binaries(), dir, freePort(), password, root);
        cluster.run(List.of(cluster.bin.resolve("initdb").toString(), "-D", cluster.data(), "-U", "postgres",
                "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C.UTF-8"));
        Files.delete(passwordFile);
        cluster.startAgain();
        return cluster;
    }

    /** The cluster's {@code postgres} database, as the service connects to it. */
    TestDatabase database() {
        return new TestDatabase("postgres", "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    /** Stops the server as an operator does ({@code pg_ctl stop -m fast}): sessions are ended, the port closes. */
    void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w",
                "-t", Long.toString(COMMAND_TIMEOUT_SECONDS), "stop"));
        running = false;
    }

    /** Starts the stopped server again, on the same port and data, and waits until it accepts connections. */
    void startAgain() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("postgres.log").toString(),
                "-w", "-t", Long.toString(COMMAND_TIMEOUT_SECONDS), "-o",
                "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off", "start"));
        running = true;
    }

    /** Stops the server if it runs, and deletes its files. */
    @Override
    public void close() throws IOException {
        try {
            if (running) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(List<String> command) {
        List<String> asPostgres = new ArrayList<>();
        if (root) {
            asPostgres.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        asPostgres.addAll(command);
        Path output = dir.resolve("commands.log");
        try {
            Process process = new ProcessBuilder(asPostgres).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue()
                        + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** The newest installed version's {@code bin}. */
    private static Path binaries() throws IOException {
        if (Files.isDirectory(INSTALLATIONS)) {
            try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
                var newest = versions.filter(version -> Files.isExecutable(version.resolve("bin").resolve("pg_ctl")))
                        .filter(version -> version.getFileName().toString().matches("[0-9]+"))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        throw new IllegalStateException("PostgreSQL's server binaries are not installed in " + INSTALLATIONS
                + "/<version>/bin (Debian's postgresql package; ./test installs it)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
