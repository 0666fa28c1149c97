package com.dashify.identity.application.query;

/**
 * Which slice of the results to return.
 *
 * @param offset how many matching users to skip, from 0
 * @param limit  how many to return at most; 0 asks for the total only
 */
public record PageRequest(long offset, int limit) {

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }
}
