package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runnable jar starts, migrates its database and says so; it serves at the root. */
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
}
