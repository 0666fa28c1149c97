package com.dashify.identity.adapter.rest.api;

/** An operator API request failed with this status; the message is written for the caller. */
class ApiException extends RuntimeException {

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
