package com.dashify.identity.application.query;

/** The text attributes of a group that can be searched, and whether they compare case-sensitively. */
public enum GroupTextField {
    ID(true),
    DISPLAY_NAME(false),
    EXTERNAL_ID(true);

    private final boolean caseExact;

    GroupTextField(boolean caseExact) {
        this.caseExact = caseExact;
    }

    /** Whether {@code Ada} and {@code ada} are different values of this attribute (RFC 7643 {@code caseExact}). */
    public boolean caseExact() {
        return caseExact;
    }
}
