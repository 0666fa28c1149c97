package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the benchmark scripts' SQL files are cut into statements. */
class SqlToolTest {

    @Test
    void splitsAtSemicolonsThatEndALineDropsCommentsAndFillsPlaceholders() {
        String script = """
                -- a comment; with a semicolon
                insert into t (a, b)
                    values ('@TENANT@', 'x;y');

                select @USERS@ + 1;
                """;

        assertThat(SqlTool.statements(script, Map.of("TENANT", "t-1", "USERS", "100"))).containsExactly(
                "insert into t (a, b)\n    values ('t-1', 'x;y')", "select 100 + 1");
    }

    @Test
    void refusesAPlaceholderWithoutAValueAndAStatementWithoutItsSemicolon() {
        assertThatThrownBy(() -> SqlTool.statements("select '@TENANT@';", Map.of()))
                .hasMessageContaining("no value");
        assertThatThrownBy(() -> SqlTool.statements("select 1", Map.of())).hasMessageContaining("no semicolon");
    }
}
