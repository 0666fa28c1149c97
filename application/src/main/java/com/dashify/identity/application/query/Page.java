package com.dashify.identity.application.query;

import java.util.List;

/**
 * One slice of search results.
 *
 * @param items the users in this slice, in the requested order
 * @param total how many users match in all, counted before paging
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total cannot be less than the items returned");
        }
    }
}
