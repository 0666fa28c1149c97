package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.RequestContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * What the SCIM filters learn about the current request and the resources need: who is calling
 * (set once authentication succeeded), the request id and the client's address.
 */
@RequestScoped
public class ScimRequest {

    private Actor actor;
    private String requestId;
    private String clientAddress;

    void identify(String id, String address) {
        this.requestId = id;
        this.clientAddress = address;
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

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    /** The audit context of this request, with the (already redacted) payload. */
    public RequestContext context(String redactedPayload) {
        return new RequestContext(requestId, clientAddress, redactedPayload);
    }
}
