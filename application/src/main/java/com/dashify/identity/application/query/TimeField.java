package com.dashify.identity.application.query;

/** The timestamps of a user that can be searched. */
public enum TimeField {
    CREATED,
    LAST_MODIFIED
}
