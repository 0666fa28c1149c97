package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runnable jar starts, migrates its database and says so; it serves at the root. Until it is
 * ready, every answer is 503 with {@code Retry-After}, and nothing runs against the schema before
 * the migrations have made it.
 */
@ExtendWith(DashifyServer.Extension.class)
class ReadinessIT {

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
}
