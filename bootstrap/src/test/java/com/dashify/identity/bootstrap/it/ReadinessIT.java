package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
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
}
