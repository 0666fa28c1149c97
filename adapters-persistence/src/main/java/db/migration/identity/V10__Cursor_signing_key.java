package db.migration.identity;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Stores the key that signs SCIM paging cursors (V9's {@code signing_keys}) while the database is
 * migrated, under Flyway's lock: so no two requests, or nodes, ever race to create it at first use,
 * and the first cursor request of a fresh service finds it. Random bytes from the JDK, since
 * neither H2 nor PostgreSQL without an extension has a portable SQL function for them.
 */
public class V10__Cursor_signing_key extends BaseJavaMigration {

    /** The name CursorKeyService reads it under. */
    private static final String NAME = "scim-cursor";
    private static final int KEY_BYTES = 32;

    @Override
    public void migrate(Context context) throws SQLException {
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        try (PreparedStatement insert = context.getConnection().prepareStatement("insert into signing_keys"
                + " (name, secret, created_at) select ?, ?, current_timestamp"
                + " where not exists (select 1 from signing_keys where name = ?)")) {
            insert.setString(1, NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(secret));
            insert.setString(3, NAME);
            insert.executeUpdate();
        }
    }
}
