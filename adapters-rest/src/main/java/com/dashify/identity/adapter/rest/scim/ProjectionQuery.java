package com.dashify.identity.adapter.rest.scim;

import jakarta.ws.rs.QueryParam;

/**
 * The {@code attributes} and {@code excludedAttributes} query parameters of any request that
 * answers with a resource (RFC 7644 §3.4.2.5, §3.9), gathered once for every resource method.
 */
public class ProjectionQuery {

    @QueryParam("attributes")
    String attributes;
    @QueryParam("excludedAttributes")
    String excludedAttributes;

    Projection projection() {
        return Projection.of(attributes, excludedAttributes);
    }
}
