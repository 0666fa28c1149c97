package com.dashify.identity.adapter.rest.http;

/**
 * A request body that cannot be read as one JSON object: too large (413) or malformed (400). The
 * detail is written for the client; each API's error mapper puts it in its own envelope.
 */
public final class InvalidBodyException extends RuntimeException {

    private final int status;

    InvalidBodyException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    static InvalidBodyException malformed(String detail) {
        return new InvalidBodyException(400, detail);
    }

    public int status() {
        return status;
    }
}
