package com.dashify.identity.adapter.persistence;

/** Where this adapter's schema migrations live, for whoever runs them (bootstrap, tests). */
public final class IdentitySchema {

    /** The persistence unit the adapters' entity managers belong to. */
    public static final String PERSISTENCE_UNIT = "dashify";
    /** The classpath location of the migrations, in Flyway's form. */
    public static final String MIGRATIONS = "classpath:db/migration/identity";
    /** The table that records which migrations ran; each adapter keeps its own history. */
    public static final String HISTORY_TABLE = "flyway_identity_history";

    private IdentitySchema() {
    }
}
