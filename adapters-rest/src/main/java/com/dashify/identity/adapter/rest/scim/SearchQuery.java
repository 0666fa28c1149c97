package com.dashify.identity.adapter.rest.scim;

import jakarta.ws.rs.QueryParam;

/** The query parameters of a search (RFC 7644 §3.4.2): filter, paging, sorting and projection. */
public class SearchQuery {

    @QueryParam("filter")
    String filter;
    @QueryParam("startIndex")
    String startIndex;
    @QueryParam("count")
    String count;
    @QueryParam("sortBy")
    String sortBy;
    @QueryParam("sortOrder")
    String sortOrder;
    // The projection parameters again, rather than a @BeanParam nested in a @BeanParam: the simplest form to inject.
    @QueryParam("attributes")
    String attributes;
    @QueryParam("excludedAttributes")
    String excludedAttributes;

    Projection projection() {
        return Projection.of(attributes, excludedAttributes);
    }
}
