package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
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

    /** Whether the request names {@code attributes}: a group's PATCH then answers with the group. */
    boolean namesAttributes() {
        return attributes != null && !attributes.isBlank();
    }

    AttributeSelection selection(ResourceSchemas type) {
        return AttributeSelection.of(type, attributes, excludedAttributes);
    }
}
