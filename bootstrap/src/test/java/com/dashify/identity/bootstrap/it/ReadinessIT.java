package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runnable jar starts, migrates its database and says so; it serves at the root. Until it is
 * ready, every answer is 503 with {@code Retry-After}, and nothing runs against the schema before
 * the migrations have made it. A normal first start is quiet (issue 18): no warning, no error, no
 * stack trace, and at ready a short summary of where it listens and what it uses.
 */
@ExtendWith(DashifyServer.Extension.class)
class ReadinessIT {

    /** A stack frame, or the line that chains one exception to another. */
    private static final Pattern STACK_TRACE = Pattern.compile("^\\s+at [\\w.$]+\\(|^Caused by:");
    private static final Pattern ANSI_COLOUR = Pattern.compile("\\x1b\\[[0-9;]*m");

    @Test
    void readyOnceMigratedAndTheDatabaseAnswers(DashifyServer server) {
        DashifyServer.Response ready = server.get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"");
    }

    @Test
    void aliveWhileTheProcessRuns(DashifyServer server) {
        DashifyServer.Response live = server.get("/health/live");

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void unknownPathIsNotFound(DashifyServer server) {
        assertThat(server.get("/nope").status()).isEqualTo(404);
    }

    /**
     * A path the SCIM and API applications do not serve gets the container's 404, which the error
     * page answers in the shape the caller reads, the bases themselves included: the SCIM error,
     * and a problem with the title the API's own problems have.
     */
    @Test
    void unknownPathsOfScimAndTheApiGetTheirOwnErrorShapes(DashifyServer server) {
        for (String path : List.of("/api/nope", "/api")) {
            DashifyServer.Response api = server.get(path);
            assertThat(api.status()).as(path).isEqualTo(404);
            assertThat(api.header("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonObject problem = ScimClient.json(api.body());
            assertThat(problem.keySet()).as(path).containsExactly("type", "title", "status", "detail");
            assertThat(problem.getString("title")).as(path).isEqualTo("Not Found");
            assertThat(problem.getInt("status")).as(path).isEqualTo(404);
        }
        for (String path : List.of("/scim", "/scim/nope")) {
            DashifyServer.Response scim = server.get(path);
            assertThat(scim.status()).as(path).isEqualTo(404);
            assertThat(scim.header("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/scim+json"));
            JsonObject error = ScimClient.json(scim.body());
            assertThat(error.getJsonArray("schemas").getString(0)).as(path)
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(error.getString("status")).as(path).isEqualTo("404");
        }
    }

    /**
     * The identity schema's last migration, V7, is a Java migration (in {@code db/migration/identity},
     * beside the SQL ones): Flyway must find it inside the packaged WAR, or the schema stays at V6
     * without a word.
     */
    @Test
    void theIdentitySchemaReachesItsJavaMigration(DashifyServer server) throws Exception {
        assertThat(server.queryNumber("select count(*) from \"flyway_identity_history\""
                + " where \"version\" = ? and \"success\"", "7")).isEqualTo(1);
    }

    /**
     * Polled from the moment the process started (see {@link DashifyServer#startupAnswers()}):
     * neither the container's pages for an application still deploying (404, 500) nor anything
     * else but "not ready yet, come back".
     */
    @Test
    void answersServiceUnavailableUntilReady(DashifyServer server) {
        List<DashifyServer.Response> starting = server.startupAnswers();

        assertThat(starting).as("answers while starting").isNotEmpty();
        assertThat(starting).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.header("Retry-After")).as(answer.body()).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
            assertThat(answer.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(answer.body()).contains("\"status\":\"DOWN\"");
        });
    }

    /** The audit chainer's first rounds came before the migrations and logged their failing SQL. */
    @Test
    void nothingQueriesTheSchemaBeforeItIsMigrated(DashifyServer server) {
        List<String> complaints = server.logUntilReady().lines()
                .filter(line -> line.contains("WARNING") || line.contains("SEVERE"))
                .filter(line -> line.contains("AuditChainer"))
                .toList();

        assertThat(complaints).isEmpty();
        assertThat(server.logUntilReady().toLowerCase(Locale.ROOT)).doesNotContain("audit_unsealed");
    }

    /**
     * The shared server's start is a first start: a fresh data directory, or a fresh PostgreSQL
     * database. Nothing the container or the service logs then is a warning or an error, the
     * launcher's own complaints ({@code Dashify: ...} on the console) included.
     */
    @Test
    void aFirstStartLogsNoWarningAndNoError(DashifyServer server) {
        List<String> alarming = startLog(server).lines()
                .filter(line -> line.contains("WARNING") || line.contains("SEVERE") || line.startsWith("Dashify: "))
                .toList();

        assertThat(alarming).as("warnings and errors of a first start").isEmpty();
    }

    @Test
    void aFirstStartLogsNoStackTrace(DashifyServer server) {
        List<String> traces = startLog(server).lines()
                .filter(line -> STACK_TRACE.matcher(line).find() || line.contains("Exception"))
                .toList();

        assertThat(traces).as("stack traces and exceptions in the log of a first start").isEmpty();
    }

    /**
     * Once ready, the service says in a few lines where it listens and what it uses, as an operator
     * would check it: the URL, the database (its JDBC URL, never a password; H2's file), the data
     * directory and whether the operator API is on (the tests' server has a token).
     */
    @Test
    void atReadyASummaryNamesTheUrlTheDatabaseTheDataDirectoryAndTheOperatorApi(DashifyServer server) {
        String summary = summary(startLog(server));
        Path data = server.runDir().resolve("data").toAbsolutePath().normalize();

        assertThat(summary.lines().count()).as(summary).isLessThanOrEqualTo(8);
        assertThat(summary).contains("URL:", server.localhostUri() + "/");
        String url = server.databaseUrl().replaceFirst("[?;].*$", "");
        if (server.database().equals("h2")) {
            assertThat(summary).contains("Database:", "H2", url, data.resolve("dashify.mv.db").toString());
        } else {
            assertThat(summary).contains("Database:", "PostgreSQL", url);
        }
        assertThat(summary).contains("Data directory:", data.toString());
        assertThat(summary).containsPattern("Operator API: +on");
        assertThat(summary).doesNotContain(server.operatorToken());
        if (!server.database().equals("h2")) {
            assertThat(summary).doesNotContain("password");
        }
    }

    /** The log of the shared server's start, to the end of its summary, without colours. */
    private static String startLog(DashifyServer server) {
        return ANSI_COLOUR.matcher(server.logUntilReady()).replaceAll("");
    }

    /** The summary: from its first line to its last, or nothing when it is missing. */
    private static String summary(String log) {
        int start = log.indexOf("Dashify is ready");
        int last = log.indexOf(DashifyServer.SUMMARY_LAST_LINE, Math.max(start, 0));
        assertThat(start).as("the summary's first line, 'Dashify is ready', in the log").isNotNegative();
        assertThat(last).as("the summary's last line, '%s', after it", DashifyServer.SUMMARY_LAST_LINE).isPositive();
        int end = log.indexOf('\n', last);
        return log.substring(start, end < 0 ? log.length() : end);
    }
}
