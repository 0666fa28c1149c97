package com.dashify.identity.adapter.rest.scim.schema;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schemas of one resource type (RFC 7643 §6): its core schema, its extensions, and the common
 * attributes every resource has. What an attribute name in a request can name on that type.
 */
public record ResourceSchemas(SchemaDefinition core, List<SchemaDefinition> extensions, Resolver resolver) {

    /** Users: the User schema and the enterprise extension. */
    public static final ResourceSchemas USER = new ResourceSchemas(UserSchemas.USER,
            List.of(UserSchemas.ENTERPRISE_USER), UserSchemas::resolve);
    /** Groups: the Group schema, no extension. */
    public static final ResourceSchemas GROUP = new ResourceSchemas(GroupSchemas.GROUP, List.of(),
            GroupSchemas::resolve);

    /** What an attribute path names on the type, as {@link UserSchemas#resolve} reads it. */
    @FunctionalInterface
    public interface Resolver {
        Optional<ResolvedPath> resolve(String schemaUrn, String attributeName, String subAttributeName);
    }

    public ResourceSchemas {
        extensions = List.copyOf(extensions);
    }

    /** What an attribute path names on this type: a filter's, a PATCH's or a projection's. */
    public Optional<ResolvedPath> resolve(String schemaUrn, String attributeName, String subAttributeName) {
        return resolver.resolve(schemaUrn, attributeName, subAttributeName);
    }

    /**
     * What an attribute name written in a request names: {@code userName}, {@code name.givenName},
     * {@code urn:…:User:title}, {@code urn:…:enterprise:2.0:User:department}, or an extension's URN
     * alone (the whole extension). The URN is what comes before the last colon.
     */
    public Optional<ResolvedPath> resolveName(String name) {
        String schemaUrn = null;
        String path = name;
        if (name.regionMatches(true, 0, "urn:", 0, 4)) {
            int colon = name.lastIndexOf(':');
            schemaUrn = name.substring(0, colon);
            path = name.substring(colon + 1);
        }
        int dot = path.indexOf('.');
        String attributeName = dot < 0 ? path : path.substring(0, dot);
        String subName = dot < 0 ? null : path.substring(dot + 1);
        if (attributeName.isEmpty() || (subName != null && subName.isEmpty())) {
            return Optional.empty();
        }
        return resolve(schemaUrn, attributeName, subName);
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
