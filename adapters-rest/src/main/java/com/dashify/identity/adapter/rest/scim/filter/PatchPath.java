package com.dashify.identity.adapter.rest.scim.filter;

import java.util.Objects;

/**
 * The target of a PATCH operation (RFC 7644 §3.5.2): an attribute, optionally narrowed to the
 * values of a multi-valued attribute that match {@code valueFilter}, and then optionally to one
 * sub-attribute of those values ({@code emails[type eq "work"].value}).
 */
public record PatchPath(AttributePath attribute, Filter valueFilter, String subAttribute) {

    public PatchPath {
        Objects.requireNonNull(attribute, "attribute");
        if (subAttribute != null && valueFilter == null) {
            throw new IllegalArgumentException("a sub-attribute after a value filter needs the filter");
        }
    }
}
