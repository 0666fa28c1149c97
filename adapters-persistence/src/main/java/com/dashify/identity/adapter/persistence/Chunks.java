package com.dashify.identity.adapter.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long lists of ids for {@code in (...)} conditions: a directory may send thousands of
 * members in one request, and a statement with thousands of parameters is slow to plan on
 * PostgreSQL and runs into driver limits (32767 bind parameters).
 */
public final class Chunks {

    /** The most ids one {@code in (...)} list carries. */
    public static final int IN_LIST_SIZE = 500;

    private Chunks() {
    }

    /** The values in their order, {@link #IN_LIST_SIZE} at a time. */
    public static <T> List<List<T>> of(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST_SIZE) {
            chunks.add(values.subList(from, Math.min(values.size(), from + IN_LIST_SIZE)));
        }
        return chunks;
    }
}
