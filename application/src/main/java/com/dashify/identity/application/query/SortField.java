package com.dashify.identity.application.query;

/** The attributes users can be ordered by. */
public enum SortField {
    CREATED,
    LAST_MODIFIED,
    USER_NAME,
    EXTERNAL_ID,
    DISPLAY_NAME,
    GIVEN_NAME,
    FAMILY_NAME
}
