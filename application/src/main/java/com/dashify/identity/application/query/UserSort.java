package com.dashify.identity.application.query;

import java.util.Objects;

/**
 * The order of search results. Ties, and absent values, are broken by id, so that the order
 * is total and paging never skips or repeats a user.
 */
public record UserSort(SortField field, boolean descending) {

    /** Oldest first: the order in which paging a growing directory stays stable. */
    public static final UserSort DEFAULT = new UserSort(SortField.CREATED, false);

    public UserSort {
        Objects.requireNonNull(field, "field");
    }
}
