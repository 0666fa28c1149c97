package com.dashify.identity.adapter.rest.scim.filter;

import static com.dashify.identity.adapter.rest.scim.filter.FilterValues.text;
import static com.dashify.identity.adapter.rest.scim.filter.FilterValues.textMatch;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.GroupSchemas;
import com.dashify.identity.adapter.rest.scim.schema.ResolvedPath;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupTextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates a parsed SCIM filter into the application's {@link GroupFilter}: {@code displayName},
 * {@code externalId} and {@code id} with every text operator, members by id
 * ({@code members.value eq "…"}, {@code members[value eq "…"]}) and {@code members pr}, joined by
 * {@code and}, {@code or} and {@code not}. Anything else is a 400 {@code invalidFilter}, never a
 * silently wider result.
 */
public final class GroupFilterTranslator {

    private static final Map<String, GroupTextField> TEXT_FIELDS = Map.of(
            "id", GroupTextField.ID,
            "displayName", GroupTextField.DISPLAY_NAME,
            "externalId", GroupTextField.EXTERNAL_ID);

    private GroupFilterTranslator() {
    }

    public static GroupFilter translate(Filter filter) {
        return combined(filter, GroupFilterTranslator::condition);
    }

    /** {@code and}, {@code or} and {@code not} as they are; every other node through {@code leaf}. */
    private static GroupFilter combined(Filter filter, Function<Filter, GroupFilter> leaf) {
        if (filter instanceof Filter.And and) {
            return new GroupFilter.And(List.of(combined(and.left(), leaf), combined(and.right(), leaf)));
        }
        if (filter instanceof Filter.Or or) {
            return new GroupFilter.Or(List.of(combined(or.left(), leaf), combined(or.right(), leaf)));
        }
        if (filter instanceof Filter.Not not) {
            return new GroupFilter.Not(combined(not.operand(), leaf));
        }
        return leaf.apply(filter);
    }

    private static GroupFilter condition(Filter filter) {
        if (filter instanceof Filter.Present present) {
            String name = canonical(present.path());
            if (TEXT_FIELDS.containsKey(name)) {
                return new GroupFilter.TextPresent(TEXT_FIELDS.get(name));
            }
            if (isMemberId(name)) {
                return GroupFilter.HasMembers.INSTANCE;
            }
            throw unsupported(name);
        }
        if (filter instanceof Filter.Comparison comparison) {
            String name = canonical(comparison.path());
            if (TEXT_FIELDS.containsKey(name)) {
                return new GroupFilter.TextCondition(TEXT_FIELDS.get(name), textMatch(comparison.operator()),
                        text(name, comparison.value().value()));
            }
            if (isMemberId(name)) {
                return member(comparison);
            }
            throw unsupported(name);
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            if (!canonical(valuePath.path()).equals("members")) {
                throw ScimException.invalidFilter("Value filters are supported on 'members' only.");
            }
            return combined(valuePath.filter(), GroupFilterTranslator::memberCondition);
        }
        throw new IllegalArgumentException("unknown filter " + filter);
    }

    /** Inside {@code members[...]}, paths name sub-attributes of a member, of which only {@code value} is kept. */
    private static GroupFilter memberCondition(Filter filter) {
        if (filter instanceof Filter.Comparison comparison && isValue(comparison.path())) {
            return member(comparison);
        }
        if (filter instanceof Filter.Present present && isValue(present.path())) {
            return GroupFilter.HasMembers.INSTANCE;
        }
        throw ScimException.invalidFilter("Inside members[...], only 'value eq' and 'value pr' are supported.");
    }

    private static boolean isValue(AttributePath path) {
        return path.schema() == null && path.subAttribute() == null
                && path.attribute().toLowerCase(Locale.ROOT).equals("value");
    }

    /** A member is named by its id, which is exact: other operators than eq would need every member read. */
    private static GroupFilter member(Filter.Comparison comparison) {
        if (comparison.operator() != Filter.Operator.EQ) {
            throw ScimException.invalidFilter("Members can only be compared with eq.");
        }
        return new GroupFilter.HasMember(text("members.value", comparison.value().value()));
    }

    /** {@code members} alone compares its values, as RFC 7644 §3.4.2.2 reads a complex attribute's "value". */
    private static boolean isMemberId(String name) {
        return name.equals("members") || name.equals("members.value");
    }

    private static String canonical(AttributePath path) {
        ResolvedPath resolved = GroupSchemas.resolve(path.schema(), path.attribute(), path.subAttribute())
                .orElseThrow(() -> ScimException.invalidFilter("'" + path.abbreviated()
                        + "' is not an attribute of Group."));
        String name = resolved.attribute().name();
        return resolved.sub() == null ? name : name + "." + resolved.sub().name();
    }

    private static ScimException unsupported(String name) {
        return ScimException.invalidFilter("Filtering groups on '" + name + "' is not supported.");
    }
}
