package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.InvalidBodyException;
import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.adapter.rest.http.Unavailable;
import com.dashify.identity.application.audit.port.in.AuditChainBrokenException;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.application.common.port.in.UnavailableException;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import com.dashify.identity.domain.user.UserNameTakenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures of the API into RFC 9457 problem details, without internals. */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ApiException operator) {
                Response.ResponseBuilder response = problem(operator.status(), operator.getMessage());
                return operator.status() == 401
                        ? response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dashify-api\"").build()
                        : response.build();
            }
            if (cause instanceof RefusedException refused) {
                return refusal(refused).build();
            }
            if (cause instanceof UnavailableException unavailable) {
                // The transaction boundary logged that the database went away; a line per request would flood.
                LOG.fine("API request answered 503: the database does not answer");
                return Unavailable.retryAfter(problem(Unavailable.STATUS, Unavailable.detail(unavailable)), unavailable)
                        .build();
            }
            if (cause instanceof InvalidBodyException body) {
                return problem(body.status(), body.getMessage()).build();
            }
            if (cause instanceof InvalidValueException invalid) {
                return problem(400, invalid.getMessage() + ".").build();
            }
            if (cause instanceof TenantNameTakenException || cause instanceof UserNameTakenException) {
                return problem(409, cause.getMessage() + ".").build();
            }
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                return problem(web.getResponse().getStatus(), "The request could not be processed.").build();
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure of API request " + reference, failure);
        return problem(500, "An internal error occurred. Reference: " + reference + ".").build();
    }

    /** A use case's refusal, with the status its kind gets and a detail for whoever automates against the API. */
    private static Response.ResponseBuilder refusal(RefusedException refused) {
        int status = Refusals.status(refused.refusal());
        return switch (refused.refusal()) {
            case UNAUTHENTICATED -> problem(status, "The access token is invalid, revoked or expired.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dashify-api\", error=\"invalid_token\"");
            case FORBIDDEN -> problem(status, "Forbidden: " + refused.getMessage() + ".");
            case NOT_FOUND -> problem(status, refused instanceof TenantNotFoundException ? "No such tenant."
                    : "Not found.");
            case CONFLICT -> problem(status, refused instanceof AuditChainBrokenException broken
                    ? "The audit chain breaks at link " + broken.found().sequence() + " ("
                    + broken.found().reason().name().toLowerCase(Locale.ROOT) + "); nothing was pruned."
                    + " Verify the chain and investigate first." : refused.getMessage() + ".");
            case STALE, INVALID -> problem(status, refused.getMessage() + ".");
        };
    }

    private static Response.ResponseBuilder problem(int status, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .build());
    }
}
