package com.dashify.identity.adapter.rest.operator;

/** An operator API request failed with this status; the message is written for the caller. */
class OperatorException extends RuntimeException {

    private final int status;

    OperatorException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
