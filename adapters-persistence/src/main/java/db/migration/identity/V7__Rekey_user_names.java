package db.migration.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes the unique key of every live user's name with the rule user names follow since this
 * version (trimmed, composed to NFC, lower case), so that a name stored in decomposed form is
 * found, and conflicts, as its composed twin does. Written in Java because neither H2 nor every
 * PostgreSQL build has an NFC function in SQL; the rule is copied here, not called, so that this
 * migration does tomorrow what it did today.
 *
 * <p>Two live users of one tenant whose names differed only in composition would now share a
 * key, which the unique index forbids. The row already holding that key keeps it; the other keeps
 * its old key (the store leaves the key of a user whose name does not change alone, so that user
 * can still be updated and deactivated), is found by id and {@code externalId} but not by its
 * name, and the log names it so that an admin can rename or delete one of the two. A tenant's rows
 * are held in memory at once, a few hundred bytes each.
 */
public class V7__Rekey_user_names extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V7__Rekey_user_names.class.getName());

    private record Row(String id, String storedKey, String key) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Row> changes = new ArrayList<>();
        try (PreparedStatement live = connection.prepareStatement("select id, tenant_id, user_name, user_name_key"
                + " from users where deleted_at is null order by tenant_id, created_at, id");
             ResultSet rows = live.executeQuery()) {
            String tenant = null;
            List<Row> ofTenant = new ArrayList<>();
            while (rows.next()) {
                if (!rows.getString("tenant_id").equals(tenant)) {
                    rekey(tenant, ofTenant, changes);
                    tenant = rows.getString("tenant_id");
                    ofTenant = new ArrayList<>();
                }
                ofTenant.add(new Row(rows.getString("id"), rows.getString("user_name_key"),
                        key(rows.getString("user_name"))));
            }
            rekey(tenant, ofTenant, changes);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update users set user_name_key = ? where id = ?")) {
            for (Row change : changes) {
                update.setString(1, change.key());
                update.setString(2, change.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** A user name's key by the rule of this version: trimmed, composed, lower case, composed again. */
    static String key(String userName) {
        String lower = Normalizer.normalize(userName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * The tenant's rows whose key changes, oldest first, each to a key no row holds at that point
     * of the batch, so that no update meets the unique index.
     */
    private static void rekey(String tenant, List<Row> rows, List<Row> changes) {
        Set<String> occupied = new HashSet<>();
        rows.forEach(row -> occupied.add(row.storedKey()));
        for (Row row : rows) {
            if (row.key().equals(row.storedKey())) {
                continue;
            }
            if (occupied.contains(row.key())) {
                LOG.warning("User " + row.id() + " of tenant " + tenant + " has the name of another user once names"
                        + " compare in composed form; it keeps its old key until one of them is renamed");
                continue;
            }
            occupied.remove(row.storedKey());
            occupied.add(row.key());
            changes.add(row);
        }
    }
}
