package com.dashify.identity.testsupport;

import org.flywaydb.core.Flyway;

/** Applies one adapter's schema migrations to a test database, the way bootstrap does at startup. */
public final class Migrations {

    private Migrations() {
    }

    /**
     * @param location     the adapter's migrations, such as {@code classpath:db/migration/identity}
     * @param historyTable the adapter's own history table
     */
    public static void apply(TestDatabase database, String location, String historyTable) {
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
