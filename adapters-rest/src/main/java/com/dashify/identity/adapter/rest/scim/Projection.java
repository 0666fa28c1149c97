package com.dashify.identity.adapter.rest.scim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code attributes} and {@code excludedAttributes} of a request (RFC 7644 §3.4.2.5), as far as
 * this service honours them yet: whether a costly attribute of {@code returned: default}, a group's
 * {@code members} or a user's {@code groups}, is wanted, so that it is not even read when it is not.
 * Names compare without case, with or without their schema URN, and a sub-attribute
 * ({@code members.value}) asks for its attribute.
 */
final class Projection {

    /** Every default attribute: no parameter given. */
    static final Projection DEFAULT = new Projection(Set.of(), Set.of());

    private final Set<String> attributes;
    private final Set<String> excluded;

    private Projection(Set<String> attributes, Set<String> excluded) {
        this.attributes = attributes;
        this.excluded = excluded;
    }

    static Projection of(String attributes, String excludedAttributes) {
        return new Projection(names(attributes), names(excludedAttributes));
    }

    /** Whether the response carries this attribute, one returned by default (RFC 7643 §7 {@code returned}). */
    boolean includes(String attribute) {
        String name = attribute.toLowerCase(Locale.ROOT);
        return !excluded.contains(name) && (attributes.isEmpty() || attributes.contains(name));
    }

    private static Set<String> names(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Projection::attributeOf).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code urn:…:Group:members.value} names {@code members}. */
    private static String attributeOf(String name) {
        String path = name.regionMatches(true, 0, "urn:", 0, 4) ? name.substring(name.lastIndexOf(':') + 1) : name;
        int dot = path.indexOf('.');
        return (dot < 0 ? path : path.substring(0, dot)).toLowerCase(Locale.ROOT);
    }
}
