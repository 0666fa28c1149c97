package com.dashify.identity.application.query;

/** The text attributes of a user that can be searched, and whether they compare case-sensitively. */
public enum TextField {
    ID(true),
    USER_NAME(false),
    EXTERNAL_ID(true),
    DISPLAY_NAME(false),
    NICK_NAME(false),
    FORMATTED_NAME(false),
    GIVEN_NAME(false),
    FAMILY_NAME(false),
    TITLE(false),
    USER_TYPE(false),
    EMPLOYEE_NUMBER(false),
    COST_CENTER(false),
    ORGANIZATION(false),
    DIVISION(false),
    DEPARTMENT(false),
    MANAGER_ID(false);

    private final boolean caseExact;

    TextField(boolean caseExact) {
        this.caseExact = caseExact;
    }

    /** Whether {@code Ada} and {@code ada} are different values of this attribute (RFC 7643 {@code caseExact}). */
    public boolean caseExact() {
        return caseExact;
    }
}
