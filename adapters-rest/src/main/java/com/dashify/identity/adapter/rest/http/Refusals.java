package com.dashify.identity.adapter.rest.http;

import com.dashify.identity.application.common.port.in.Refusal;

/** The HTTP side of the application's refusals, for the SCIM and the Dashify API alike. */
public final class Refusals {

    private Refusals() {
    }

    /** The status every refusal of this kind gets. */
    public static int status(Refusal refusal) {
        return switch (refusal) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
        };
    }

    /** The kind of refusal a 4xx answer stands for, for the audit record of a refused request. */
    public static Refusal of(int status) {
        return switch (status) {
            case 401 -> Refusal.UNAUTHENTICATED;
            case 403 -> Refusal.FORBIDDEN;
            case 404, 410 -> Refusal.NOT_FOUND;
            case 409 -> Refusal.CONFLICT;
            case 412 -> Refusal.STALE;
            default -> Refusal.INVALID;
        };
    }

    /** What the caller was told, as the audit trail keeps it: the status, and the SCIM error type if any. */
    public static String answer(int status, String scimType) {
        return scimType == null || scimType.isBlank() ? Integer.toString(status) : status + " " + scimType;
    }
}
