package com.dashify.identity.adapter.rest.scim.filter;

import com.dashify.identity.adapter.rest.scim.schema.GroupSchemas;
import com.dashify.identity.adapter.rest.scim.schema.UserSchemas;

/**
 * A filter of a search across resource types (RFC 7644 §3.4.2, {@code POST /.search}) as it
 * reads on one type: a condition on an attribute the type does not have is false there, as on an
 * unassigned attribute, and the filter is simplified around it. {@code userName eq "a" or
 * displayName eq "b"} is {@code displayName eq "b"} on groups; {@code userName eq "a"} matches no
 * group; {@code not (userName pr)} matches every group.
 */
public final class FilterScope {

    /** The filter on one type: it matches nothing, everything, or what {@link #filter()} matches. */
    public record Scoped(Filter filter, boolean matchesAll) {

        static final Scoped NOTHING = new Scoped(null, false);
        static final Scoped EVERYTHING = new Scoped(null, true);

        public boolean matchesNothing() {
            return filter == null && !matchesAll;
        }
    }

    /** Which attributes a resource type has. */
    private interface Attributes {
        boolean has(AttributePath path);
    }

    private static final Attributes USER = path -> UserSchemas.resolve(path.schema(), path.attribute(),
            path.subAttribute()).isPresent();
    private static final Attributes GROUP = path -> GroupSchemas.resolve(path.schema(), path.attribute(),
            path.subAttribute()).isPresent();

    private FilterScope() {
    }

    public static Scoped onUsers(Filter filter) {
        return scope(filter, USER);
    }

    public static Scoped onGroups(Filter filter) {
        return scope(filter, GROUP);
    }

    private static Scoped scope(Filter filter, Attributes type) {
        if (filter instanceof Filter.And and) {
            Scoped left = scope(and.left(), type);
            Scoped right = scope(and.right(), type);
            if (left.matchesNothing() || right.matchesNothing()) {
                return Scoped.NOTHING;
            }
            return left.matchesAll() ? right : right.matchesAll() ? left
                    : new Scoped(new Filter.And(left.filter(), right.filter()), false);
        }
        if (filter instanceof Filter.Or or) {
            Scoped left = scope(or.left(), type);
            Scoped right = scope(or.right(), type);
            if (left.matchesAll() || right.matchesAll()) {
                return Scoped.EVERYTHING;
            }
            return left.matchesNothing() ? right : right.matchesNothing() ? left
                    : new Scoped(new Filter.Or(left.filter(), right.filter()), false);
        }
        if (filter instanceof Filter.Not not) {
            Scoped operand = scope(not.operand(), type);
            return operand.matchesNothing() ? Scoped.EVERYTHING : operand.matchesAll() ? Scoped.NOTHING
                    : new Scoped(new Filter.Not(operand.filter()), false);
        }
        AttributePath path = filter instanceof Filter.Comparison comparison ? comparison.path()
                : filter instanceof Filter.Present present ? present.path()
                : ((Filter.ValuePath) filter).path();
        return type.has(path) ? new Scoped(filter, false) : Scoped.NOTHING;
    }
}
