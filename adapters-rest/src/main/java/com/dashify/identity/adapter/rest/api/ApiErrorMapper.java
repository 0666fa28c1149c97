package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.audit.port.in.AuditChainBrokenException;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.token.port.in.TokenNotFoundException;
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
            if (cause instanceof AuthenticationFailedException) {
                return problem(401, "The access token is invalid, revoked or expired.")
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dashify-api\", error=\"invalid_token\"")
                        .build();
            }
            if (cause instanceof AccessDeniedException denied) {
                return problem(403, "Forbidden: " + denied.getMessage() + ".").build();
            }
            if (cause instanceof TenantNotFoundException) {
                return problem(404, "No such tenant.").build();
            }
            if (cause instanceof AuditChainBrokenException broken) {
                return problem(409, "The audit chain breaks at link " + broken.found().sequence() + " ("
                        + broken.found().reason().name().toLowerCase(Locale.ROOT) + "); nothing was pruned."
                        + " Verify the chain and investigate first.").build();
            }
            if (cause instanceof TokenNotFoundException) {
                return problem(404, "Not found.").build();
            }
            if (cause instanceof ScimException invalid) {
                return problem(invalid.status(), invalid.getMessage()).build();
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
