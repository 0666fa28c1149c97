package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.application.common.port.in.Refusal;
import java.util.Objects;

/**
 * How an audited action ended: it succeeded, or it was refused, for a reason in the application's
 * terms and, when a driving adapter answered the caller, with that answer as the adapter put it.
 *
 * @param refusal why it was refused; null when it succeeded
 * @param answer  what the caller was told, in the words of the adapter that told it (a status and
 *                a SCIM error type, say); null when the application refused on its own or it succeeded
 */
public record Outcome(Refusal refusal, String answer) {

    public static final Outcome SUCCESS = new Outcome(null, null);

    public Outcome {
        if (refusal == null && answer != null) {
            throw new IllegalArgumentException("only a refusal has an answer");
        }
    }

    /** Refused by the application itself. */
    public static Outcome refused(Refusal refusal) {
        return new Outcome(Objects.requireNonNull(refusal, "refusal"), null);
    }

    /** Refused, and answered by an adapter in its own words. */
    public static Outcome refused(Refusal refusal, String answer) {
        return new Outcome(Objects.requireNonNull(refusal, "refusal"), answer);
    }

    public boolean succeeded() {
        return refusal == null;
    }
}
