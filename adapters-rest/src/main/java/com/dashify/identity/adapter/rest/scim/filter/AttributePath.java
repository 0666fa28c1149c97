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

    private static final int ABBREVIATED_LENGTH = 60;

    public AttributePath {
        Objects.requireNonNull(attribute, "attribute");
    }

    /** The path as written, cut to {@value #ABBREVIATED_LENGTH} characters: how error details name it. */
    public String abbreviated() {
        return abbreviate(toString());
    }

    /** Text a client sent, cut to {@value #ABBREVIATED_LENGTH} characters, so that no error echoes a long input. */
    public static String abbreviate(String text) {
        return text.length() <= ABBREVIATED_LENGTH ? text : text.substring(0, ABBREVIATED_LENGTH - 1) + "…";
    }

    @Override
    public String toString() {
        String name = subAttribute == null ? attribute : attribute + "." + subAttribute;
        return schema == null ? name : schema + ":" + name;
    }
}
