package com.dashify.identity.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL that preloads the groups workload's groups, as SqlTool will cut and fill it. */
class GroupPreloadTest {

    @Test
    void eachGroupIsOneRowAndOneMembershipRowPerPreloadedUserFromTheFirst() {
        List<String> statements = SqlTool.statements(GroupPreload.script(List.of(10, 100000)),
                Map.of("TENANT", "t-1"));

        assertThat(statements).hasSize(6);
        assertThat(statements.get(0)).startsWith("insert into groups (id, tenant_id, display_name, display_name_key,"
                + " external_id, created_at,").contains("values (gen_random_uuid()::text, 't-1', 'bench-group-10',"
                + " 'bench-group-10', gen_random_uuid()::text, now(),");
        assertThat(statements.get(1)).startsWith("insert into group_members (group_id, user_id, tenant_id)")
                .contains("generate_series(1, 10) as i")
                .contains("u.tenant_id = 't-1' and u.user_name_key = 'preloaded-' || i || '@bench.example'")
                .contains("g.display_name_key = 'bench-group-10'");
        assertThat(statements.get(3)).contains("generate_series(1, 100000) as i")
                .contains("g.display_name_key = 'bench-group-100000'");
        assertThat(statements.subList(4, 6)).containsExactly("analyze groups", "analyze group_members");
    }

    @Test
    void sizesAreDistinctAndPositive() {
        assertThat(GroupPreload.sizes("10, 10000,100000")).containsExactly(10, 10000, 100000);
        assertThatThrownBy(() -> GroupPreload.sizes("10,10")).hasMessageContaining("distinct");
        assertThatThrownBy(() -> GroupPreload.sizes("0")).hasMessageContaining("positive");
    }
}
