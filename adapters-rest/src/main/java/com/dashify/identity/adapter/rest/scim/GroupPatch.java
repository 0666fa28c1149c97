package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.filter.AttributePath;
import com.dashify.identity.adapter.rest.scim.filter.Filter;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.PatchPath;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation.Op;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.GroupSchemas;
import com.dashify.identity.adapter.rest.scim.schema.ResolvedPath;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Translates the operations of a PATCH on a group (RFC 7644 §3.5.2) into one {@link GroupChange},
 * in order, without reading the group's members: a group may have a hundred thousand, and one
 * member more must cost what it costs in a group of ten. Unlike a user's PATCH, which is applied
 * to the user's whole representation, this names only what changes: members to add, members to
 * remove, or a new list, folded by {@link com.dashify.identity.domain.group.MembershipChange}.
 * Understood, as Entra ID and Okta send them (names of ops and attributes without case):
 * <ul>
 *   <li>{@code add} of {@code members} with an array of {@code {"value": id}};</li>
 *   <li>{@code remove} of {@code members} with such an array, of {@code members[value eq "id"]},
 *       or of {@code members} with no value (every member goes);</li>
 *   <li>{@code replace} of {@code members}, {@code displayName} or {@code externalId};</li>
 *   <li>a path-less {@code replace} (or {@code add}) of an object of those, where an {@code id}
 *       equal to the group's own is allowed (Okta sends it).</li>
 * </ul>
 */
final class GroupPatch {

    private GroupPatch() {
    }

    static GroupChange translate(GroupId groupId, List<PatchOperation> operations) {
        GroupChange change = GroupChange.none();
        for (PatchOperation operation : operations) {
            if (operation.path() == null) {
                pathless(groupId, operation, change);
            } else {
                PatchPath path = FilterParser.parsePath(operation.path());
                String attribute = attribute(path);
                if (path.valueFilter() != null || path.attribute().subAttribute() != null) {
                    filtered(attribute, path, operation, change);
                } else {
                    apply(attribute, operation.op(), operation.value(), change);
                }
            }
        }
        return change;
    }

    /** RFC 7644 §3.5.2.1 and §3.5.2.3: without a path, the value is an object of attributes. */
    private static void pathless(GroupId groupId, PatchOperation operation, GroupChange change) {
        if (operation.op() == Op.REMOVE) {
            throw ScimException.noTarget("A remove operation needs a \"path\".");
        }
        if (!(operation.value() instanceof ScimObject attributes)) {
            throw ScimException.invalidValue("An operation without a path needs an object of attributes as its value.");
        }
        for (String name : attributes.names()) {
            if (name.equalsIgnoreCase("schemas")) {
                continue;
            }
            Object value = attributes.get(name);
            PatchPath path = FilterParser.parsePath(name);
            if (path.valueFilter() != null || path.attribute().subAttribute() != null) {
                throw ScimException.invalidPath("'" + AttributePath.abbreviate(name) + "' is not an attribute a"
                        + " group's attributes can be set by.");
            }
            String attribute = attribute(path);
            if (attribute.equals("id") && value instanceof String id && id.equalsIgnoreCase(groupId.toString())) {
                continue;
            }
            apply(attribute, operation.op(), value, change);
        }
    }

    /** An operation on one attribute of the group, as a whole. */
    private static void apply(String attribute, Op op, Object value, GroupChange change) {
        switch (attribute) {
            case "displayName" -> {
                if (op == Op.REMOVE || value == null) {
                    throw ScimException.invalidValue("'displayName' is required and cannot be removed.");
                }
                change.rename(ScimGroupMapper.displayName(value));
            }
            case "externalId" -> change.changeExternalId(op == Op.REMOVE || value == null ? null
                    : ExternalId.ofNullable(externalId(value)));
            case "members" -> {
                switch (op) {
                    case ADD -> change.members().add(ScimGroupMapper.memberIds(value, true));
                    case REPLACE -> change.members().replaceWith(ScimGroupMapper.memberIds(value, true));
                    // Entra removes with a value array; without one, every member goes (§3.5.2.2).
                    case REMOVE -> {
                        if (value == null) {
                            change.members().replaceWith(List.of());
                        } else {
                            change.members().remove(ScimGroupMapper.memberIds(value, false));
                        }
                    }
                }
            }
            default -> throw ScimException.mutability("'" + attribute + "' is read-only.");
        }
    }

    /**
     * {@code members[value eq "id"]}, which Entra and Okta send to remove one member. Only a
     * remove is understood with a filter: an add or replace of the matching members would change
     * an immutable {@code value}.
     */
    private static void filtered(String attribute, PatchPath path, PatchOperation operation, GroupChange change) {
        if (!attribute.equals("members") || path.attribute().subAttribute() != null || path.subAttribute() != null) {
            throw ScimException.invalidPath("Only 'members' or 'members[value eq \"id\"]' can be targeted inside a"
                    + " group's attributes.");
        }
        if (operation.op() != Op.REMOVE) {
            throw ScimException.invalidPath("A value filter on 'members' is supported for remove only; add or"
                    + " replace members with \"path\": \"members\".");
        }
        change.members().remove(memberIdsIn(path.valueFilter()));
    }

    /** The ids a members filter names: {@code value eq "id"}, or several joined by {@code or}. */
    private static List<UserId> memberIdsIn(Filter filter) {
        if (filter instanceof Filter.Or or) {
            return Stream.concat(memberIdsIn(or.left()).stream(), memberIdsIn(or.right()).stream())
                    .toList();
        }
        if (filter instanceof Filter.Comparison comparison && comparison.operator() == Filter.Operator.EQ
                && comparison.path().schema() == null && comparison.path().subAttribute() == null
                && comparison.path().attribute().equalsIgnoreCase("value")
                && comparison.value().value() instanceof String id) {
            return UserId.parse(id).stream().toList();
        }
        throw ScimException.invalidPath("Inside members[...], only 'value eq \"id\"' (joined by 'or') is supported.");
    }

    private static String attribute(PatchPath path) {
        return resolve(path.attribute().schema(), path.attribute().attribute(), path.attribute().toString())
                .attribute().name();
    }

    private static ResolvedPath resolve(String schema, String attribute, String written) {
        ResolvedPath resolved = GroupSchemas.resolve(schema, attribute, null)
                .orElseThrow(() -> ScimException.invalidPath("'" + AttributePath.abbreviate(written)
                        + "' is not an attribute of Group."));
        if (resolved.attribute().name().toLowerCase(Locale.ROOT).equals("meta")
                || resolved.attribute().name().equals("schemas")) {
            throw ScimException.mutability("'" + resolved.attribute().name() + "' is read-only.");
        }
        return resolved;
    }

    private static String externalId(Object value) {
        if (!(value instanceof String text)) {
            throw ScimException.invalidValue("'externalId' must be a string.");
        }
        return text;
    }
}
