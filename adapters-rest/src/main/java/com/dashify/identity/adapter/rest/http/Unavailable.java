package com.dashify.identity.adapter.rest.http;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The answer to a request the service could not serve because its database did not answer, for
 * the SCIM and the Dashify API alike: 503 with {@code Retry-After} (RFC 9110 §10.2.3), and a detail
 * that tells the caller honestly what happened to its change.
 */
public final class Unavailable {

    public static final int STATUS = 503;

    private Unavailable() {
    }

    /** The {@code Retry-After} header, in whole seconds, on the answer the caller's envelope goes in. */
    public static Response.ResponseBuilder retryAfter(Response.ResponseBuilder answer, UnavailableException failure) {
        return answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, failure.retryAfter().toSeconds())));
    }

    /**
     * What the caller is told. When the database went away while the change was being committed,
     * the service does not know whether it was kept, and says so: a retried create then finds the
     * user (409, as for any name taken), a retried change applies again.
     */
    public static String detail(UnavailableException failure) {
        return failure.outcomeUnknown()
                ? "The database became unavailable while the change was being saved; it may or may not have been"
                + " kept. Retry later: a retried create finds the user if it was kept (409), a retried change"
                + " is applied again."
                : "The service cannot reach its database; nothing was changed. Retry later.";
    }
}
