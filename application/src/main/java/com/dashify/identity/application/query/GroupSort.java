package com.dashify.identity.application.query;

import java.util.Objects;

/**
 * The order of group search results; ties, and absent values, are broken by id, so that paging
 * never skips or repeats a group.
 */
public record GroupSort(Field field, boolean descending) {

    /** Oldest first, as users are. */
    public static final GroupSort DEFAULT = new GroupSort(Field.CREATED, false);

    public GroupSort {
        Objects.requireNonNull(field, "field");
    }

    /** The attributes groups can be ordered by. */
    public enum Field {
        CREATED,
        LAST_MODIFIED,
        DISPLAY_NAME,
        EXTERNAL_ID
    }
}
