package com.dashify.identity.adapter.rest.scim.filter;

import java.util.Objects;

/**
 * A reference to an attribute: {@code userName}, {@code name.givenName}, or with a schema URN,
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}.
 *
 * @param schema       the schema URN as written, or null when none was written
 * @param attribute    the attribute's name
 * @param subAttribute the sub-attribute's name, or null
 */
public record AttributePath(String schema, String attribute, String subAttribute) {

    public AttributePath {
        Objects.requireNonNull(attribute, "attribute");
    }

    @Override
    public String toString() {
        String name = subAttribute == null ? attribute : attribute + "." + subAttribute;
        return schema == null ? name : schema + ":" + name;
    }
}
