package com.dashify.identity.application.query;

/** How a timestamp is compared with a value. */
public enum Ordering {
    EQUALS,
    NOT_EQUALS,
    AFTER,
    AT_OR_AFTER,
    BEFORE,
    AT_OR_BEFORE
}
