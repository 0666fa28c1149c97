package com.dashify.identity.application.query;

/**
 * A page read by position rather than by offset: the resources strictly past {@code after} in
 * creation order (then id), oldest first or newest first, at most {@code limit} of them. What a
 * store reads for it costs the same at the end of a long walk as at its start.
 *
 * @param after      the position to read past; null for the first page
 * @param descending newest first rather than oldest first
 * @param limit      how many to return at most
 */
public record KeysetRequest(Keyset after, boolean descending, int limit) {

    public KeysetRequest {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }
}
