package com.dashify.identity.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration that recomputes user name keys in composed form, on a database that holds users
 * written before it: decomposed names get the key their composed twins look up, and two live users
 * whose names now compare equal do not break the migration.
 */
class UserNameRekeyMigrationTest {

    private static final String TENANT = "00000000-0000-4000-8000-00000000000a";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void decomposedNamesAreRekeyedAndTwinsKeepTheirOldKeys(String kind) throws SQLException {
        TestDatabase database = TestDatabase.named(kind);
        migrate(database, "6");
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            try (Statement statement = db.createStatement()) {
                statement.execute("insert into tenants (id, name, created_at) values ('" + TENANT
                        + "', 'rekey', current_timestamp)");
            }
            // As the service stored them before: the key was the name trimmed and in lower case.
            insert(db, "u1", "Jose\u0301@example.com", "jose\u0301@example.com", 1);
            insert(db, "u2", "ZOE@example.com", "zoe@example.com", 2);
            insert(db, "u3", "Rene\u0301@example.com", "rene\u0301@example.com", 3);
            insert(db, "u4", "Ren\u00e9@example.com", "ren\u00e9@example.com", 4);

            migrate(database, null);

            assertThat(keys(db)).containsExactly(
                    Map.entry("u1", "jos\u00e9@example.com"),
                    Map.entry("u2", "zoe@example.com"),
                    Map.entry("u3", "rene\u0301@example.com"),
                    Map.entry("u4", "ren\u00e9@example.com"));
        }
    }

    private static void migrate(TestDatabase database, String target) {
        var configuration = Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations(IdentitySchema.MIGRATIONS)
                .table(IdentitySchema.HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    private static void insert(Connection db, String id, String userName, String key, int minute)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into users (id, tenant_id, user_name,"
                + " user_name_key, active, role_name, created_at, last_modified_at, version) values"
                + " (?, ?, ?, ?, true, 'VIEWER', ?, ?, 0)")) {
            Timestamp at = Timestamp.valueOf("2026-01-01 10:" + (10 + minute) + ":00");
            insert.setString(1, id);
            insert.setString(2, TENANT);
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
