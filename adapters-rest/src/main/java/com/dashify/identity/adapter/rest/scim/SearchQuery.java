package com.dashify.identity.adapter.rest.scim;

import jakarta.ws.rs.BeanParam;
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
    @BeanParam
    ProjectionQuery projection;

    Projection projection() {
        return projection == null ? Projection.DEFAULT : projection.projection();
    }
}
