package com.dashify.identity.adapter.rest.scim.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A schema: its URN, name, and the attributes this service supports of it. */
public record SchemaDefinition(String id, String name, String description, List<AttributeDefinition> attributes) {

    public SchemaDefinition {
        attributes = List.copyOf(attributes);
    }

    /** The attribute with this name, compared without case. */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        String wanted = attributeName.toLowerCase(Locale.ROOT);
        return attributes.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
