package com.dashify.identity.application.common.port.in;

import java.util.Objects;

/**
 * A use case refused the request: what it says, written for the caller, and why, as a
 * {@link Refusal}. Nothing has changed. Each capability's in-ports name the subclasses they throw.
 */
public abstract class RefusedException extends RuntimeException {

    private final Refusal refusal;

    protected RefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public final Refusal refusal() {
        return refusal;
    }
}
