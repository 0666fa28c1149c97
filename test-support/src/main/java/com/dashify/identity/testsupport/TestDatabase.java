package com.dashify.identity.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: in-memory H2, or a new database on a real
 * PostgreSQL server. The server is the one named by {@code DASHIFY_TEST_PG_URL} (with
 * {@code DASHIFY_TEST_PG_USER} and {@code DASHIFY_TEST_PG_PASSWORD}), as {@code ./test} starts
 * it, or else an embedded PostgreSQL started from Maven artifacts for the life of the JVM.
 *
 * @param url      JDBC URL of the new database
 * @param user     a user that owns it
 * @param password that user's password
 */
public record TestDatabase(String kind, String url, String user, String password) {

    private static EmbeddedPostgres embedded;

    /** A new in-memory H2 database that lives until the JVM exits. */
    public static TestDatabase h2() {
        return new TestDatabase("h2", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A new database on the test PostgreSQL server. */
    public static TestDatabase postgres() {
        Server server = server();
        String name = "dashify_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(server.adminUrl(), server.user(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server.adminUrl(), e);
        }
        String url = server.adminUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
        return new TestDatabase("postgres", url, server.user(), server.password());
    }

    /** The database named by {@code -Ddashify.test.database=h2|postgres}. */
    public static TestDatabase named(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> h2();
            case "postgres", "postgresql" -> postgres();
            default -> throw new IllegalArgumentException("unknown test database " + kind);
        };
    }

    private record Server(String adminUrl, String user, String password) {
    }

    private static synchronized Server server() {
        String url = System.getenv("DASHIFY_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url, envOr("DASHIFY_TEST_PG_USER", "postgres"), envOr("DASHIFY_TEST_PG_PASSWORD", ""));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start an embedded PostgreSQL; set DASHIFY_TEST_PG_URL to use "
                        + "a running server instead", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; the server's files are temporary.
                }
            }));
        }
        return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
