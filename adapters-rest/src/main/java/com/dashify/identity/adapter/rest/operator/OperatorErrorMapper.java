package com.dashify.identity.adapter.rest.operator;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import com.dashify.identity.domain.user.UserNameTakenException;
import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns failures of the operator API into RFC 9457 problem details, without internals. */
@Provider
public class OperatorErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OperatorErrorMapper.class.getName());
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OperatorException operator) {
                Response.ResponseBuilder response = problem(operator.status(), operator.getMessage());
                return operator.status() == 401
                        ? response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dashify-operator\"").build()
                        : response.build();
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
        LOG.log(Level.SEVERE, "Unexpected failure of operator request " + reference, failure);
        return problem(500, "An internal error occurred. Reference: " + reference + ".").build();
    }

    private static Response.ResponseBuilder problem(int status, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Response.Status.fromStatusCode(status) == null ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("detail", detail)
                .build());
    }
}
