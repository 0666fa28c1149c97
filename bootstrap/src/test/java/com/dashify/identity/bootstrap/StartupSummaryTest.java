package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the summary at ready says about where the service listens and what it uses. */
class StartupSummaryTest {

    private static Settings settings(Map<String, String> environment) {
        return new Settings(name -> null, environment::get);
    }

    @Test
    void byDefaultTheDatabaseIsAnH2FileInTheDataDirectoryAndTheOperatorApiIsOff() {
        Path data = Path.of("data").toAbsolutePath();

        List<String> details = StartupSummary.details(List.of("http://localhost:8080/"), settings(Map.of()), false);

        assertThat(details).containsExactly(
                "  URL:            http://localhost:8080/",
                "  Database:       H2, jdbc:h2:file:" + data.resolve("dashify") + " (file "
                        + data.resolve("dashify.mv.db") + ")",
                "  Data directory: " + data,
                "  Operator API:   off (DASHIFY_OPERATOR_TOKEN is not set)");
    }

    @Test
    void postgresShowsItsUrlAndUserButNoPasswordAndTheDataDirectoryIsNotUsed() {
        Settings postgres = settings(Map.of("DASHIFY_DB_URL",
                "jdbc:postgresql://db.internal:5432/dashify?password=url-secret&sslmode=require",
                "DASHIFY_DB_USER", "dashify", "DASHIFY_DB_PASSWORD", "env-secret",
                "DASHIFY_OPERATOR_TOKEN", "a-long-enough-operator-token"));

        String details = String.join("\n", StartupSummary.details(
                List.of("http://localhost:8080/", "https://localhost:8181/"), postgres, true));

        assertThat(details).contains("  URLs:           http://localhost:8080/  https://localhost:8181/",
                "  Database:       PostgreSQL, jdbc:postgresql://db.internal:5432/dashify as user 'dashify'",
                "(not used: the data is in PostgreSQL)", "  Operator API:   on (DASHIFY_OPERATOR_TOKEN is set)");
        assertThat(details).doesNotContain("secret", "a-long-enough-operator-token");
    }

    @Test
    void aTokenThatIsSetButRefusedLeavesTheOperatorApiOff() {
        String details = String.join("\n", StartupSummary.details(List.of("http://localhost:8080/"),
                settings(Map.of("DASHIFY_OPERATOR_TOKEN", "short")), false));

        assertThat(details)
                .contains("Operator API:   off (DASHIFY_OPERATOR_TOKEN is refused: shorter than 16 characters)")
                .doesNotContain("short)");
    }

    @Test
    void anH2DatabaseElsewhereOrInMemoryIsNamedAsSuch() {
        Settings elsewhere = settings(Map.of("DASHIFY_DB_URL", "jdbc:h2:file:/srv/dashify/db;AUTO_SERVER=TRUE"));
        Settings memory = settings(Map.of("DASHIFY_DB_URL", "jdbc:h2:mem:dashify;DB_CLOSE_DELAY=-1"));
        Settings server = settings(Map.of("DASHIFY_DB_URL", "jdbc:h2:tcp://localhost/~/dashify"));

        assertThat(StartupSummary.database(elsewhere)).isEqualTo("H2, jdbc:h2:file:/srv/dashify/db (file "
                + Path.of("/srv/dashify/db.mv.db") + ")");
        assertThat(StartupSummary.dataDirectory(elsewhere)).endsWith("(not used: the database is elsewhere)");
        assertThat(StartupSummary.database(memory)).isEqualTo("H2 in memory, jdbc:h2:mem:dashify (gone when the"
                + " process ends)");
        assertThat(StartupSummary.database(server)).isEqualTo("H2, jdbc:h2:tcp://localhost/~/dashify");
    }

    @Test
    void anH2FileInsideTheDataDirectoryKeepsItInUse() {
        Settings inside = settings(Map.of("DASHIFY_DATA_DIR", "/var/lib/dashify",
                "DASHIFY_DB_URL", "jdbc:h2:file:/var/lib/dashify/other"));

        assertThat(StartupSummary.dataDirectory(inside)).isEqualTo(Path.of("/var/lib/dashify").toString());
    }
}
