package com.dashify.identity.adapter.persistence.user;

import com.dashify.identity.adapter.persistence.JpqlParameters;
import com.dashify.identity.adapter.persistence.JpqlSearch;
import com.dashify.identity.adapter.persistence.Timestamps;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.TimeField;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserName;
import jakarta.persistence.EntityManager;
import java.util.Locale;

/**
 * Translates a {@link UserFilter} and {@link UserSort} into JPQL for one tenant. Every value is a
 * bound parameter, and every comparison is written {@code (x is not null and x op :p)} so that
 * an absent attribute yields false rather than SQL's unknown, and {@code not} means what the
 * in-memory store means by it.
 */
final class UserSearchQuery {

    private UserSearchQuery() {
    }

    static JpqlSearch of(EntityManager em, TenantId tenantId, UserFilter filter, UserSort sort) {
        JpqlParameters parameters = JpqlParameters.forProviderOf(em);
        StringBuilder where = new StringBuilder("u.tenantId = ").append(parameters.named("tenant", tenantId.toString()))
                .append(" and u.deletedAt is null");
        if (filter != UserFilter.all()) {
            where.append(" and (");
            new Translator(parameters).append(filter, where);
            where.append(')');
        }
        return new JpqlSearch("User", "u", where.toString(), orderBy(sort), parameters);
    }

    /**
     * The search of a keyset page: the filter's condition, and past the position in creation order
     * (then id); see {@link JpqlSearch#inCreationOrder}.
     */
    static JpqlSearch from(EntityManager em, TenantId tenantId, UserFilter filter, KeysetRequest page) {
        return of(em, tenantId, filter, UserSort.DEFAULT).inCreationOrder(page);
    }

    private static String orderBy(UserSort sort) {
        String direction = sort.descending() ? " desc" : " asc";
        String nullable = switch (sort.field()) {
            case CREATED -> null;
            case LAST_MODIFIED -> null;
            case USER_NAME -> null;
            case EXTERNAL_ID -> "u.externalId";
            case DISPLAY_NAME -> "lower(u.displayName)";
            case GIVEN_NAME -> "lower(u.givenName)";
            case FAMILY_NAME -> "lower(u.familyName)";
        };
        String column = switch (sort.field()) {
            case CREATED -> "u.createdAt";
            case LAST_MODIFIED -> "u.lastModifiedAt";
            case USER_NAME -> "u.userNameKey";
            default -> nullable;
        };
        // Users without a value come last in either direction (H2 and PostgreSQL disagree by default).
        String nullsLast = nullable == null ? "" : "case when " + column + " is null then 1 else 0 end asc, ";
        return nullsLast + column + direction + ", u.id asc";
    }

    /** Writes the filter tree as a JPQL condition, collecting its parameters. */
    private static final class Translator {

        private final JpqlParameters parameters;

        Translator(JpqlParameters parameters) {
            this.parameters = parameters;
        }

        void append(UserFilter filter, StringBuilder out) {
            if (filter instanceof UserFilter.All) {
                out.append("1 = 1");
            } else if (filter instanceof UserFilter.And and) {
                join(and.operands(), " and ", out);
            } else if (filter instanceof UserFilter.Or or) {
                join(or.operands(), " or ", out);
            } else if (filter instanceof UserFilter.Not not) {
                out.append("not (");
                append(not.operand(), out);
                out.append(')');
            } else if (filter instanceof UserFilter.TextCondition text) {
                textCondition(text, out);
            } else if (filter instanceof UserFilter.TextPresent present) {
                out.append(path(present.field())).append(" is not null");
            } else if (filter instanceof UserFilter.ActiveIs active) {
                out.append("u.active = ").append(parameters.add(active.active()));
            } else if (filter instanceof UserFilter.TimeCondition time) {
                timeCondition(time, out);
            } else if (filter instanceof UserFilter.EmailCondition email) {
                emailCondition(email, out);
            } else {
                throw new IllegalArgumentException("unknown filter " + filter);
            }
        }

        private void join(Iterable<UserFilter> operands, String operator, StringBuilder out) {
            String separator = "";
            for (UserFilter operand : operands) {
                out.append(separator).append('(');
                append(operand, out);
                out.append(')');
                separator = operator;
            }
        }

        private void textCondition(UserFilter.TextCondition condition, StringBuilder out) {
            TextField field = condition.field();
            String column = path(field);
            String value = comparedForm(field, condition.match(), condition.value());
            String comparison = parameters.comparison(field == TextField.USER_NAME || field.caseExact()
                    ? column : "lower(" + column + ")", condition.match(), value);
            out.append('(').append(column).append(" is not null and ").append(comparison).append(')');
        }

        private void emailCondition(UserFilter.EmailCondition condition, StringBuilder out) {
            out.append("exists (select x.id from User x join x.emails e where x.id = u.id");
            if (condition.type() != null) {
                out.append(" and e.type is not null and lower(e.type) = ")
                        .append(parameters.add(condition.type().toLowerCase(Locale.ROOT)));
            }
            if (condition.match() != null) {
                out.append(" and ").append(parameters.comparison("e.addressKey", condition.match(),
                        condition.value().toLowerCase(Locale.ROOT)));
            }
            out.append(')');
        }

        private void timeCondition(UserFilter.TimeCondition condition, StringBuilder out) {
            String column = condition.field() == TimeField.CREATED ? "u.createdAt" : "u.lastModifiedAt";
            String operator = switch (condition.ordering()) {
                case EQUALS -> " = ";
                case NOT_EQUALS -> " <> ";
                case AFTER -> " > ";
                case AT_OR_AFTER -> " >= ";
                case BEFORE -> " < ";
                case AT_OR_BEFORE -> " <= ";
            };
            out.append(column).append(operator).append(parameters.add(Timestamps.toColumn(condition.value())));
        }

        /** The value in the form the column holds; for userName the key's form (a whole name trimmed, a part not). */
        private static String comparedForm(TextField field, TextMatch match, String value) {
            if (field == TextField.USER_NAME) {
                return match.comparesPart() ? UserName.partKeyOf(value) : UserName.keyOf(value);
            }
            return field.caseExact() ? value : value.toLowerCase(Locale.ROOT);
        }

        private static String path(TextField field) {
            return switch (field) {
                case ID -> "u.id";
                case USER_NAME -> "u.userNameKey";
                case EXTERNAL_ID -> "u.externalId";
                case DISPLAY_NAME -> "u.displayName";
                case NICK_NAME -> "u.nickName";
                case FORMATTED_NAME -> "u.nameFormatted";
                case GIVEN_NAME -> "u.givenName";
                case FAMILY_NAME -> "u.familyName";
                case TITLE -> "u.title";
                case USER_TYPE -> "u.userType";
                case EMPLOYEE_NUMBER -> "u.employeeNumber";
                case COST_CENTER -> "u.costCenter";
                case ORGANIZATION -> "u.organization";
                case DIVISION -> "u.division";
                case DEPARTMENT -> "u.department";
                case MANAGER_ID -> "u.managerId";
            };
        }
    }
}
