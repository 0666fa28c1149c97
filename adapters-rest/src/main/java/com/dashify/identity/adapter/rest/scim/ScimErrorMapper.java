package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.InvalidBodyException;
import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.http.Unavailable;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.application.common.port.in.UnavailableException;
import com.dashify.identity.application.group.port.in.GroupNotFoundException;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.user.UserDeletedException;
import com.dashify.identity.domain.user.UserNameTakenException;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of a SCIM request into the SCIM error envelope (RFC 7644 §3.12) with
 * {@code application/scim+json}: the right status and {@code scimType}, a detail written for the
 * client, and never a stack trace, class name or SQL. Unexpected failures are logged with the
 * request id, which the client also gets, so that support can find them.
 */
@Provider
public class ScimErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ScimErrorMapper.class.getName());
    private static final String BEARER_CHALLENGE = "Bearer realm=\"dashify-scim\"";
    private static final String USER_NOT_FOUND = "The user does not exist.";
    private static final String GROUP_NOT_FOUND = "The group does not exist.";

    @Inject
    ScimRequest request;

    /** A mapper for one request, outside JAX-RS: a Bulk operation's failure becomes its error envelope. */
    static ScimErrorMapper forRequest(ScimRequest request) {
        ScimErrorMapper mapper = new ScimErrorMapper();
        mapper.request = request;
        return mapper;
    }

    @Override
    public Response toResponse(Throwable failure) {
        Throwable known = knownCause(failure);
        if (known instanceof ScimException scim) {
            Response.ResponseBuilder response = error(scim.status(), scim.scimType(), scim.getMessage());
            return (scim.status() == 401 ? response.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE) : response)
                    .build();
        }
        if (known instanceof RefusedException refused) {
            return refusal(refused).build();
        }
        if (known instanceof UnavailableException unavailable) {
            // The transaction boundary logged that the database went away; a line per request would flood.
            LOG.fine(() -> "SCIM request " + requestId() + " answered 503: the database does not answer");
            return Unavailable.retryAfter(error(Unavailable.STATUS, null, Unavailable.detail(unavailable)), unavailable)
                    .build();
        }
        if (known instanceof InvalidBodyException body) {
            return error(body.status(), body.status() == 400 ? "invalidSyntax" : null, body.getMessage()).build();
        }
        if (known instanceof InvalidValueException) {
            return error(400, "invalidValue", known.getMessage() + ".").build();
        }
        if (known instanceof UserNameTakenException || known instanceof GroupNameTakenException) {
            return error(409, "uniqueness", known.getMessage() + ".").build();
        }
        if (known instanceof UserDeletedException) {
            return error(404, null, USER_NOT_FOUND).build();
        }
        if (known instanceof WebApplicationException web) {
            return fromJaxRs(web);
        }
        String requestId = requestId();
        LOG.log(Level.SEVERE, "Unexpected failure of SCIM request " + requestId, failure);
        return error(500, null, "An internal error occurred. Reference: " + requestId + ".").build();
    }

    /** A use case's refusal, with the status its kind gets and a detail for a directory's operator. */
    private static Response.ResponseBuilder refusal(RefusedException refused) {
        int status = Refusals.status(refused.refusal());
        return switch (refused.refusal()) {
            case UNAUTHENTICATED -> error(status, null, refused.getMessage())
                    .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE + ", error=\"invalid_token\"");
            case FORBIDDEN -> error(status, null, "Forbidden: " + refused.getMessage() + ".");
            case NOT_FOUND -> error(status, null, refused instanceof UserNotFoundException ? USER_NOT_FOUND
                    : refused instanceof GroupNotFoundException ? GROUP_NOT_FOUND : "No such resource.");
            case STALE -> error(status, null, "The resource was changed since the version given in If-Match.");
            case CONFLICT -> error(status, null, refused.getMessage() + ".");
            case INVALID -> error(status, "invalidValue", refused.getMessage() + ".");
        };
    }

    /** The first exception in the cause chain this mapper knows, or the failure itself. */
    private static Throwable knownCause(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ScimException || cause instanceof RefusedException
                    || cause instanceof UnavailableException
                    || cause instanceof InvalidBodyException || cause instanceof InvalidValueException
                    || cause instanceof UserNameTakenException || cause instanceof GroupNameTakenException
                    || cause instanceof UserDeletedException
                    || cause instanceof WebApplicationException) {
                return cause;
            }
        }
        return failure;
    }

    private Response fromJaxRs(WebApplicationException web) {
        int status = web.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "Only application/scim+json and application/json responses are available.";
            case 415 -> "Send application/scim+json or application/json.";
            default -> "The request could not be processed.";
        };
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Failure of SCIM request " + requestId(), web);
            detail = "An internal error occurred. Reference: " + requestId() + ".";
        }
        Response.ResponseBuilder response = error(status, status == 400 ? "invalidSyntax" : null, detail);
        Object allow = web.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return (allow == null ? response : response.header(HttpHeaders.ALLOW, allow)).build();
    }

    private String requestId() {
        try {
            return request.requestId();
        } catch (RuntimeException noRequestScope) {
            return "unknown";
        }
    }

    static Response.ResponseBuilder error(int status, String scimType, String detail) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.ERROR))
                .add("status", Integer.toString(status));
        if (scimType != null) {
            body.add("scimType", scimType);
        }
        body.add("detail", detail);
        return Response.status(status).type(ScimMediaTypes.SCIM_JSON_TYPE).entity(body.build());
    }
}
