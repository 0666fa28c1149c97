package com.dashify.identity.adapter.persistence;

import java.sql.SQLException;

/** Recognises constraint violations in whatever the JPA provider wraps them in. */
public final class ConstraintViolations {

    /** SQLSTATE of a unique violation, on PostgreSQL and H2 alike (SQL standard class 23). */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
