package com.dashify.identity.adapter.rest.scim.schema;

/**
 * What an attribute path of a SCIM resource resolved to, for users and groups alike.
 *
 * @param attribute null when the path names a whole extension schema
 * @param sub       the sub-attribute, or null
 */
public record ResolvedPath(SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition sub) {

    public boolean isWholeExtension() {
        return attribute == null;
    }

    /** Whether the path is in the enterprise extension of users: the one extension schema there is. */
    public boolean isExtension() {
        return schema == UserSchemas.ENTERPRISE_USER;
    }

    /** Whether a client may not write here (RFC 7643 §7 readOnly, on the attribute or the sub-attribute). */
    public boolean isReadOnly() {
        return attribute != null && (attribute.isReadOnly() || (sub != null && sub.isReadOnly()));
    }
}
