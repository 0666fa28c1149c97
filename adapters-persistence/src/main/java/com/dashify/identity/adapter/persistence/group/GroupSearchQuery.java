package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.adapter.persistence.JpqlParameters;
import com.dashify.identity.adapter.persistence.JpqlSearch;
import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.GroupTextField;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserName;
import jakarta.persistence.EntityManager;

/**
 * Translates a {@link GroupFilter} and {@link GroupSort} into JPQL for one tenant, as the user
 * search does: every value a bound parameter, every comparison {@code (x is not null and x op :p)}
 * so that an absent attribute yields false and {@code not} means what the in-memory store means.
 * The display name is compared through its key, by the rule that makes it unique.
 */
final class GroupSearchQuery {

    private GroupSearchQuery() {
    }

    static JpqlSearch of(EntityManager em, TenantId tenantId, GroupFilter filter, GroupSort sort) {
        JpqlParameters parameters = JpqlParameters.forProviderOf(em);
        StringBuilder where = new StringBuilder("g.tenantId = ").append(parameters.named("tenant", tenantId.toString()));
        if (filter != GroupFilter.all()) {
            where.append(" and (");
            append(filter, parameters, where);
            where.append(')');
        }
        return new JpqlSearch("Group", "g", where.toString(), orderBy(sort), parameters);
    }

    /**
     * The search of a keyset page: the filter's condition, and past the position in creation order
     * (then id), which the index on (tenant, created, id) serves from the position on.
     */
    static JpqlSearch from(EntityManager em, TenantId tenantId, GroupFilter filter, KeysetRequest page) {
        return of(em, tenantId, filter, GroupSort.DEFAULT).inCreationOrder(page);
    }

    private static String orderBy(GroupSort sort) {
        String direction = sort.descending() ? " desc" : " asc";
        String column = switch (sort.field()) {
            case CREATED -> "g.createdAt";
            case LAST_MODIFIED -> "g.lastModifiedAt";
            case DISPLAY_NAME -> "g.displayNameKey";
            case EXTERNAL_ID -> "g.externalId";
        };
        // Groups without an external id come last in either direction (H2 and PostgreSQL disagree by default).
        String nullsLast = sort.field() == GroupSort.Field.EXTERNAL_ID
                ? "case when g.externalId is null then 1 else 0 end asc, " : "";
        return nullsLast + column + direction + ", g.id asc";
    }

    private static void append(GroupFilter filter, JpqlParameters parameters, StringBuilder out) {
        if (filter instanceof GroupFilter.All) {
            out.append("1 = 1");
        } else if (filter instanceof GroupFilter.And and) {
            join(and.operands(), " and ", parameters, out);
        } else if (filter instanceof GroupFilter.Or or) {
            join(or.operands(), " or ", parameters, out);
        } else if (filter instanceof GroupFilter.Not not) {
            out.append("not (");
            append(not.operand(), parameters, out);
            out.append(')');
        } else if (filter instanceof GroupFilter.TextCondition text) {
            String column = path(text.field());
            out.append('(').append(column).append(" is not null and ")
                    .append(parameters.comparison(column, text.match(), comparedForm(text))).append(')');
        } else if (filter instanceof GroupFilter.TextPresent present) {
            out.append(path(present.field())).append(" is not null");
        } else if (filter instanceof GroupFilter.HasMember member) {
            out.append("exists (select m.userId from GroupMember m where m.groupId = g.id and m.userId = ")
                    .append(parameters.add(member.userId())).append(')');
        } else if (filter instanceof GroupFilter.HasMembers) {
            out.append("exists (select m.userId from GroupMember m where m.groupId = g.id)");
        } else {
            throw new IllegalArgumentException("unknown filter " + filter);
        }
    }

    private static void join(Iterable<GroupFilter> operands, String operator, JpqlParameters parameters,
                             StringBuilder out) {
        String separator = "";
        for (GroupFilter operand : operands) {
            out.append(separator).append('(');
            append(operand, parameters, out);
            out.append(')');
            separator = operator;
        }
    }

    /** The value in the form the column holds: for the display name the key's (a whole name trimmed, a part not). */
    private static String comparedForm(GroupFilter.TextCondition condition) {
        if (condition.field().caseExact()) {
            return condition.value();
        }
        return condition.match().comparesPart() ? UserName.partKeyOf(condition.value())
                : UserName.keyOf(condition.value());
    }

    private static String path(GroupTextField field) {
        return switch (field) {
            case ID -> "g.id";
            case DISPLAY_NAME -> "g.displayNameKey";
            case EXTERNAL_ID -> "g.externalId";
        };
    }
}
