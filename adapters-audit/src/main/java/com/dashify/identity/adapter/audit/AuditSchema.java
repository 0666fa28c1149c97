package com.dashify.identity.adapter.audit;

/** Where this adapter's schema migrations live, for whoever runs them (bootstrap, tests). */
public final class AuditSchema {

    /** The classpath location of the migrations, in Flyway's form. */
    public static final String MIGRATIONS = "classpath:db/migration/audit";
    /** The table that records which of these migrations ran. */
    public static final String HISTORY_TABLE = "flyway_audit_history";

    private AuditSchema() {
    }
}
