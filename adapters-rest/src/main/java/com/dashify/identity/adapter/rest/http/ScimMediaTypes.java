package com.dashify.identity.adapter.rest.http;

import jakarta.ws.rs.core.MediaType;

/** The media type of SCIM (RFC 7644 §3.1). Clients may also send and accept {@code application/json}. */
public final class ScimMediaTypes {

    public static final String SCIM_JSON = "application/scim+json";
    public static final MediaType SCIM_JSON_TYPE = new MediaType("application", "scim+json");

    private ScimMediaTypes() {
    }
}
