package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.dashify.identity.adapter.audit.AuditSchema;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.testsupport.Migrations;
import com.dashify.identity.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's least-privilege set-up on a real PostgreSQL server, with the very script it
 * documents: the application role may insert and read audit records and links but not change or
 * delete them, does its own work on the other tables, and starts (migrations up to date) as itself.
 */
class PostgresLeastPrivilegeTest {

    private static final Path SCRIPT = Path.of("..", "docs", "postgres-least-privilege.sql");
    private static final Path PRUNING_SCRIPT = Path.of("..", "docs", "postgres-audit-pruning.sql");
    private static final String PERMISSION_DENIED = "42501";

    @Test
    void theApplicationRoleMayOnlyInsertAndReadTheAuditTrail() throws Exception {
        TestDatabase owner = TestDatabase.postgres();
        Migrations.apply(owner, IdentitySchema.MIGRATIONS, IdentitySchema.HISTORY_TABLE);
        Migrations.apply(owner, AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
        String role = "dashify_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String password = UUID.randomUUID().toString();
        try (Connection db = connect(owner.url(), owner.user(), owner.password());
             Statement statement = db.createStatement()) {
            statement.execute("create role " + role + " login password '" + password + "'");
            for (String grant : statements(role)) {
                statement.execute(grant);
            }
        }
        // The test server's URL may name its superuser; the application role's must not.
        String appUrl = owner.url().replaceAll("([?&])(user|password)=[^&]*&?", "$1").replaceAll("[?&]$", "");
        TestDatabase app = new TestDatabase("postgres", appUrl, role, password);

        assertThatCode(() -> {
            Migrations.apply(app, IdentitySchema.MIGRATIONS, IdentitySchema.HISTORY_TABLE);
            Migrations.apply(app, AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
        }).as("startup, nothing to migrate").doesNotThrowAnyException();
        try (Connection db = connect(app.url(), app.user(), app.password());
             Statement statement = db.createStatement()) {
            statement.execute("insert into audit_records (id, tenant_id, occurred_at, actor_type, action, outcome,"
                    + " changes) values ('r1', 't1', now(), 'system', 'test', 'success', '')");
            statement.execute("insert into audit_unsealed (record_id, tenant_id, occurred_at) values ('r1', 't1', now())");
            statement.execute("insert into audit_chain_heads (tenant_id, link_sequence, record_hash) values ('t1', 0, 'x')");
            statement.execute("update audit_chain_heads set link_sequence = 1 where tenant_id = 't1'");
            statement.execute("delete from audit_unsealed where record_id = 'r1'");
            statement.execute("update tenants set name = name where id = 'none'");
            assertThat(statement.executeQuery("select count(*) from audit_records").next()).isTrue();

            List<String> allowed = new ArrayList<>();
            for (String forbidden : List.of("update audit_records set outcome = 'x'", "delete from audit_records",
                    "truncate audit_records", "delete from audit_chain_links",
                    "update audit_chain_links set record_hash = 'x'", "delete from audit_chain_heads",
                    "update audit_chain_heads set start_sequence = 2",
                    "delete from flyway_audit_history")) {
                try {
                    statement.execute(forbidden);
                    allowed.add(forbidden);
                } catch (SQLException denied) {
                    assertThat(denied.getSQLState()).as(forbidden).isEqualTo(PERMISSION_DENIED);
                }
            }
            assertThat(allowed).as("statements the application role may not run").isEmpty();
        }
        try (Connection db = connect(owner.url(), owner.user(), owner.password());
             Statement statement = db.createStatement()) {
            for (String grant : statements(PRUNING_SCRIPT, role)) {
                statement.execute(grant);
            }
        }
        try (Connection db = connect(app.url(), app.user(), app.password());
             Statement statement = db.createStatement()) {
            assertThat(statement.executeUpdate("delete from audit_records where id = 'r1'"))
                    .as("with the pruning grant, retention can delete").isOne();
            assertThat(statement.executeUpdate("update audit_chain_heads set start_sequence = 2, start_hash = 'y'"
                    + " where tenant_id = 't1'")).as("and move the chain's start").isOne();
            assertThatCode(() -> statement.execute("update audit_records set outcome = 'x'"))
                    .as("but still not edit").isInstanceOf(SQLException.class);
        }
    }

    /** The script's statements, with psql's {@code :"app_role"} variable set. */
    private static String[] statements(String role) throws Exception {
        return statements(SCRIPT, role);
    }

    private static String[] statements(Path file, String role) throws Exception {
        String script = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"))
                .replace(":\"app_role\"", "\"" + role + "\"");
        return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
