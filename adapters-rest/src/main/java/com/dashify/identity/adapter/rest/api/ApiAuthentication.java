package com.dashify.identity.adapter.rest.api;

import com.dashify.identity.adapter.rest.http.Bearer;
import com.dashify.identity.adapter.rest.http.RequestLines;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase.AuthenticateTokenCommand;
import com.dashify.identity.domain.token.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticates API calls made with a personal access token. Resources ask for the scope they
 * need; failures surface as 401 or 403 through {@link ApiErrorMapper}. One per request: it keeps
 * the request's id, its caller and its payload for the record of a refusal.
 */
@RequestScoped
public class ApiAuthentication {

    @Inject
    AuthenticateTokenUseCase authentication;
    /**
     * CDI's own servlet request bean, not JAX-RS's {@code @Context}: this is a CDI bean, into which
     * Jersey injects {@code @Context} fields but RESTEasy (WildFly) does not.
     */
    @Inject
    HttpServletRequest request;

    private final String requestId = UUID.randomUUID().toString();
    private Actor actor;
    private String payload;

    /** The caller, whose token must carry this scope and whose role must allow it right now. */
    public Actor require(Scope scope) {
        String token = Bearer.token(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            throw new ApiException(401, "Authentication required: send Authorization: Bearer <token>.");
        }
        actor = authentication.authenticate(new AuthenticateTokenCommand(token, scope, refusalContext()));
        return actor;
    }

    /** The audit context of this request; the payload is kept for the record of a refusal. */
    public RequestContext context(String allowedPayload) {
        this.payload = allowedPayload;
        return new RequestContext(requestId, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
                allowedPayload);
    }

    /** The caller once {@link #require} let them through; empty before, or when it refused them. */
    Optional<Actor> authenticatedActor() {
        return Optional.ofNullable(actor);
    }

    /** The audit context of a refusal: the payload given to {@link #context}, if any, or what was asked for. */
    RequestContext refusalContext() {
        String asked = RequestLines.json(request.getMethod(), request.getRequestURI());
        return new RequestContext(requestId, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
                payload != null ? payload : asked);
    }
}
