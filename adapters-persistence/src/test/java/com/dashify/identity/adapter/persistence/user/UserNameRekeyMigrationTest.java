package com.dashify.identity.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration that recomputes user name keys in composed form, on a database that holds users
 * written before it: decomposed names get the key their composed twins look up, two live users
 * whose names now compare equal do not break the migration, and the one that keeps its old key
 * can still be offboarded.
 */
class UserNameRekeyMigrationTest {

    private static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    private static final UserId JOSE = userId(1);
    private static final UserId ZOE = userId(2);
    private static final UserId RENE_DECOMPOSED = userId(3);
    private static final UserId RENE_COMPOSED = userId(4);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void decomposedNamesAreRekeyedAndATwinKeepsItsOldKeyAndCanStillBeDeactivated(String kind)
            throws SQLException {
        TestDatabase database = TestDatabase.named(kind);
        migrateThroughVersion6(database);
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            try (Statement statement = db.createStatement()) {
                statement.execute("insert into tenants (id, name, created_at) values ('" + TENANT
                        + "', 'rekey', current_timestamp)");
            }
            // As the service stored them before: the key was the name trimmed and in lower case.
            insert(db, JOSE, "Jose\u0301@example.com", "jose\u0301@example.com", 1);
            insert(db, ZOE, "ZOE@example.com", "zoe@example.com", 2);
            insert(db, RENE_DECOMPOSED, "Rene\u0301@example.com", "rene\u0301@example.com", 3);
            insert(db, RENE_COMPOSED, "Ren\u00e9@example.com", "ren\u00e9@example.com", 4);

            // The adapter's test support migrates the rest of the way, V7 included.
            try (JpaTestSupport jpa = new JpaTestSupport(database)) {
                assertThat(keys(db)).containsExactly(
                        Map.entry(JOSE.toString(), "jos\u00e9@example.com"),
                        Map.entry(ZOE.toString(), "zoe@example.com"),
                        Map.entry(RENE_DECOMPOSED.toString(), "rene\u0301@example.com"),
                        Map.entry(RENE_COMPOSED.toString(), "ren\u00e9@example.com"));

                JpaUserRepository users = new JpaUserRepository(EntityManagerProxy.of(jpa::entityManager));
                jpa.inTransaction(em -> {
                    User twin = users.findForUpdate(TENANT, RENE_DECOMPOSED).orElseThrow();
                    twin.deactivate(Instant.parse("2026-12-06T10:00:00Z"));
                    return users.update(twin);
                });

                assertThat(jpa.inTransaction(em -> users.findById(TENANT, RENE_DECOMPOSED)).orElseThrow().isActive())
                        .isFalse();
                assertThat(keys(db)).containsEntry(RENE_DECOMPOSED.toString(), "rene\u0301@example.com");
            }
        }
    }

    private static UserId userId(int n) {
        return new UserId(UUID.fromString("00000000-0000-4000-8000-00000000000" + n));
    }

    private static void migrateThroughVersion6(TestDatabase database) {
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations(IdentitySchema.MIGRATIONS)
                .table(IdentitySchema.HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target("6")
                .load()
                .migrate();
    }

    private static void insert(Connection db, UserId id, String userName, String key, int minute)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into users (id, tenant_id, user_name,"
                + " user_name_key, active, role_name, created_at, last_modified_at, version) values"
                + " (?, ?, ?, ?, true, 'VIEWER', ?, ?, 0)")) {
            Timestamp at = Timestamp.valueOf("2026-01-01 10:" + (10 + minute) + ":00");
            insert.setString(1, id.toString());
            insert.setString(2, TENANT.toString());
            insert.setString(3, userName);
            insert.setString(4, key);
            insert.setTimestamp(5, at);
            insert.setTimestamp(6, at);
            insert.executeUpdate();
        }
    }

    private static Map<String, String> keys(Connection db) throws SQLException {
        Map<String, String> keys = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id, user_name_key from users order by id")) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }
}
