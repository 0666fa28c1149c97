package com.dashify.identity.adapter.rest.scim.filter;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import java.util.List;
import java.util.Locale;

/**
 * A filter of a search across resource types ({@code POST /.search}, RFC 7644 §3.4.2.2) as it
 * reads on each type. A condition on an attribute one type does not have is false there: the RFC
 * asks a root search to treat an attribute "not part of a particular resource type" as one with
 * no value, and the filter is simplified around it: {@code userName eq "a" or displayName eq "b"}
 * is {@code displayName eq "b"} on groups, and {@code not (userName pr)} matches every group.
 * {@code meta.resourceType} ({@code eq}, {@code ne}, {@code pr}) chooses types. An attribute that
 * no type has is {@code invalidFilter}, as on a single type's endpoint, so that a typo is not an
 * empty answer.
 */
public final class FilterScope {

    /** The filter on one type: it matches nothing, everything, or what {@link #filter()} matches. */
    public record Scoped(Filter filter, boolean matchesAll) {

        static final Scoped NOTHING = new Scoped(null, false);
        static final Scoped EVERYTHING = new Scoped(null, true);

        /** Whether no resource of the type can match, so that the type need not be searched. */
        public boolean matchesNothing() {
            return filter == null && !matchesAll;
        }
    }

    /** The filter on users and on groups. */
    public record Scopes(Scoped users, Scoped groups) {
    }

    private static final String USER = "User";
    private static final String GROUP = "Group";

    private FilterScope() {
    }

    /** The filter on each type; null (no filter) matches every resource of both. */
    public static Scopes of(Filter filter) {
        if (filter == null) {
            return new Scopes(Scoped.EVERYTHING, Scoped.EVERYTHING);
        }
        requireKnown(filter);
        return new Scopes(scope(filter, ResourceSchemas.USER, USER), scope(filter, ResourceSchemas.GROUP, GROUP));
    }

    private static Scoped scope(Filter filter, ResourceSchemas type, String typeName) {
        if (filter instanceof Filter.And and) {
            Scoped left = scope(and.left(), type, typeName);
            Scoped right = scope(and.right(), type, typeName);
            if (left.matchesNothing() || right.matchesNothing()) {
                return Scoped.NOTHING;
            }
            return left.matchesAll() ? right : right.matchesAll() ? left
                    : new Scoped(new Filter.And(left.filter(), right.filter()), false);
        }
        if (filter instanceof Filter.Or or) {
            Scoped left = scope(or.left(), type, typeName);
            Scoped right = scope(or.right(), type, typeName);
            if (left.matchesAll() || right.matchesAll()) {
                return Scoped.EVERYTHING;
            }
            return left.matchesNothing() ? right : right.matchesNothing() ? left
                    : new Scoped(new Filter.Or(left.filter(), right.filter()), false);
        }
        if (filter instanceof Filter.Not not) {
            Scoped operand = scope(not.operand(), type, typeName);
            return operand.matchesNothing() ? Scoped.EVERYTHING : operand.matchesAll() ? Scoped.NOTHING
                    : new Scoped(new Filter.Not(operand.filter()), false);
        }
        AttributePath path = pathOf(filter);
        if (isResourceType(path)) {
            return resourceType(filter, typeName) ? Scoped.EVERYTHING : Scoped.NOTHING;
        }
        return has(type, path) ? new Scoped(filter, false) : Scoped.NOTHING;
    }

    /** Whether a condition on {@code meta.resourceType} holds for a type. */
    private static boolean resourceType(Filter condition, String typeName) {
        if (condition instanceof Filter.Present) {
            return true;
        }
        if (condition instanceof Filter.Comparison comparison && comparison.value().isString()
                && (comparison.operator() == Filter.Operator.EQ || comparison.operator() == Filter.Operator.NE)) {
            boolean equal = typeName.equalsIgnoreCase((String) comparison.value().value());
            return comparison.operator() == Filter.Operator.EQ ? equal : !equal;
        }
        throw ScimException.invalidFilter("'meta.resourceType' can only be compared with eq or ne and a string,"
                + " such as meta.resourceType eq \"Group\".");
    }

    private static void requireKnown(Filter filter) {
        if (filter instanceof Filter.And and) {
            requireKnown(and.left());
            requireKnown(and.right());
        } else if (filter instanceof Filter.Or or) {
            requireKnown(or.left());
            requireKnown(or.right());
        } else if (filter instanceof Filter.Not not) {
            requireKnown(not.operand());
        } else {
            AttributePath path = pathOf(filter);
            if (!isResourceType(path) && List.of(ResourceSchemas.USER, ResourceSchemas.GROUP).stream()
                    .noneMatch(type -> has(type, path))) {
                throw ScimException.invalidFilter("'" + path.abbreviated() + "' is an attribute of no resource type.");
            }
        }
    }

    private static AttributePath pathOf(Filter condition) {
        if (condition instanceof Filter.Comparison comparison) {
            return comparison.path();
        }
        if (condition instanceof Filter.Present present) {
            return present.path();
        }
        if (condition instanceof Filter.ValuePath valuePath) {
            return valuePath.path();
        }
        throw new IllegalArgumentException("unknown filter " + condition);
    }

    private static boolean isResourceType(AttributePath path) {
        return path.attribute().toLowerCase(Locale.ROOT).equals("meta") && path.subAttribute() != null
                && path.subAttribute().toLowerCase(Locale.ROOT).equals("resourcetype");
    }

    private static boolean has(ResourceSchemas type, AttributePath path) {
        return type.resolve(path.schema(), path.attribute(), path.subAttribute()).isPresent();
    }
}
