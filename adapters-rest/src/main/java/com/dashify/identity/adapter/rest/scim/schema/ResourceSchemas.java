package com.dashify.identity.adapter.rest.scim.schema;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schemas of one resource type (RFC 7643 §6): its core schema, its extensions, and the common
 * attributes every resource has. What an attribute name in a request can name on that type.
 */
public record ResourceSchemas(SchemaDefinition core, List<SchemaDefinition> extensions) {

    public static final ResourceSchemas USER = new ResourceSchemas(UserSchemas.USER,
            List.of(UserSchemas.ENTERPRISE_USER));
    public static final ResourceSchemas GROUP = new ResourceSchemas(GroupSchemas.GROUP, List.of());

    public ResourceSchemas {
        extensions = List.copyOf(extensions);
    }

    /** The core schema, then its extensions. */
    public Stream<SchemaDefinition> schemas() {
        return Stream.concat(Stream.of(core), extensions.stream());
    }

    /** The extension with this URN, compared without case. */
    public Optional<SchemaDefinition> extension(String urn) {
        return extensions.stream().filter(extension -> extension.id().equalsIgnoreCase(urn)).findFirst();
    }

    /** A top-level attribute of the core schema or a common one ({@code id}, {@code meta}, …), by name. */
    public Optional<ResolvedPath> unqualified(String attributeName) {
        return Stream.of(UserSchemas.COMMON, core)
                .flatMap(schema -> schema.attribute(attributeName).map(attribute ->
                        new ResolvedPath(schema, attribute, null)).stream())
                .findFirst();
    }
}
