package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.RequestLines;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the SCIM filters learn about the current request and the resources need: who is calling
 * (set once authentication succeeded), the request id and the client's address.
 */
@RequestScoped
public class ScimRequest {

    private Actor actor;
    private String requestId;
    private String clientAddress;
    private String userAgent;
    private String requestLine;
    private String payload;

    void identify(String id, String address, String agent, String method, String path) {
        this.requestId = id;
        this.clientAddress = address;
        this.userAgent = agent;
        this.requestLine = RequestLines.json(method, path);
    }

    void authenticated(Actor authenticated) {
        this.actor = authenticated;
    }

    /** The authenticated caller; only reachable after the authentication filter let the request through. */
    public Actor actor() {
        if (actor == null) {
            throw new IllegalStateException("no authenticated actor on this request");
        }
        return actor;
    }

    /** The authenticated caller, or empty before authentication or when it failed. */
    Optional<Actor> authenticatedActor() {
        return Optional.ofNullable(actor);
    }

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    /**
     * The audit context of this request, with the payload already through the allowlist. The
     * payload is kept, so that a refusal of this request is recorded with it too.
     */
    public RequestContext context(String allowedPayload) {
        this.payload = allowedPayload;
        return new RequestContext(requestId, clientAddress, userAgent, allowedPayload);
    }

    /**
     * The audit context of one operation of a Bulk request: this request's id, address and agent,
     * with the operation's own payload, so that its record reads as the single request's would.
     * Unlike {@link #context}, it leaves this request's own payload as it is.
     */
    public RequestContext operationContext(String allowedPayload) {
        return new RequestContext(requestId, clientAddress, userAgent, allowedPayload);
    }

    /** The audit context of a refusal: the payload given to {@link #context}, if any, or what was asked for. */
    RequestContext refusalContext() {
        return new RequestContext(requestId, clientAddress, userAgent, payload != null ? payload : requestLine);
    }
}
