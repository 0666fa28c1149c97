package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.Bearer;
import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase.RefusedRequest;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase.AuthenticateTokenCommand;
import com.dashify.identity.domain.token.Scope;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs before any SCIM resource is matched: gives the request an id, refuses bodies over 1 MiB
 * by their declared length (413, before anything is read), and authenticates the bearer token
 * with the {@code scim} scope. Unknown paths also need a valid token, so that nothing about the
 * API is learnt without one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ScimRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ScimRequestFilter.class.getName());
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Inject
    AuthenticateTokenUseCase authentication;

    @Inject
    RecordRefusalUseCase refusals;

    @Inject
    ScimRequest request;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext context) {
        String clientId = context.getHeaderString(REQUEST_ID_HEADER);
        String requestId = clientId != null && CLIENT_REQUEST_ID.matcher(clientId).matches()
                ? clientId : UUID.randomUUID().toString();
        request.identify(requestId, servletRequest.getRemoteAddr(), context.getHeaderString(HttpHeaders.USER_AGENT),
                context.getMethod(), servletRequest.getRequestURI());

        String declaredLength = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && exceedsLimit(declaredLength)) {
            throw JsonBodies.tooLarge();
        }

        String token = Bearer.token(context.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw new ScimException(401, null, "Authentication required: send Authorization: Bearer <token>.");
        }
        request.authenticated(authentication.authenticate(new AuthenticateTokenCommand(token, Scope.SCIM,
                request.refusalContext())));
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (request.requestId() == null) {
            return;
        }
        responseContext.getHeaders().putSingle(REQUEST_ID_HEADER, request.requestId());
        int status = responseContext.getStatus();
        if (status >= 400 && status < 500) {
            recordRefusal(requestContext, responseContext, status);
        }
    }

    /**
     * A refused request of an authenticated caller goes to their tenant's audit trail. One without
     * a caller (no token, or one that authenticates nobody) has no tenant to go to; the
     * authentication use case has already recorded a known token's refusal, and the server log
     * gets a line for every such request, without the token.
     */
    private void recordRefusal(ContainerRequestContext requestContext, ContainerResponseContext responseContext,
                               int status) {
        String method = requestContext.getMethod();
        Optional<Actor> actor = request.authenticatedActor();
        if (actor.isEmpty()) {
            LOG.info(() -> "Refused unauthenticated SCIM request " + request.requestId() + " (" + method + " "
                    + servletRequest.getRequestURI() + ") from " + request.clientAddress() + ": " + status);
            return;
        }
        ScimActions attempt = ScimActions.of(method, requestContext.getUriInfo().getPath());
        JsonObject error = responseContext.getEntity() instanceof JsonObject body ? body : null;
        String scimType = error == null ? null : error.getString("scimType", null);
        String detail = error == null ? null : error.getString("detail", null);
        refusals.refused(new RefusedRequest(actor.get(), attempt.action(), attempt.targetType(), attempt.targetId(),
                Refusals.of(status), Refusals.answer(status, scimType), detail, request.refusalContext()));
    }

    private static boolean exceedsLimit(String declaredLength) {
        try {
            return Long.parseLong(declaredLength.strip()) > JsonBodies.MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
