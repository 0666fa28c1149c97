package com.dashify.identity.adapter.audit;

import com.dashify.identity.application.audit.port.out.Outcome;

/**
 * The stored form of an outcome, as the trail has always written it and the API filters on it:
 * {@code success}; the answer a driving adapter gave the caller ({@code 409 uniqueness}); or,
 * for a refusal the application made on its own (a token, a sign-in), the HTTP status every
 * adapter answers it with.
 */
public final class OutcomeColumn {

    static final String SUCCESS = "success";

    private OutcomeColumn() {
    }

    public static String of(Outcome outcome) {
        if (outcome.succeeded()) {
            return SUCCESS;
        }
        if (outcome.answer() != null && !outcome.answer().isBlank()) {
            return outcome.answer();
        }
        return switch (outcome.refusal()) {
            case INVALID -> "400";
            case UNAUTHENTICATED -> "401";
            case FORBIDDEN -> "403";
            case NOT_FOUND -> "404";
            case CONFLICT -> "409";
            case STALE -> "412";
        };
    }
}
