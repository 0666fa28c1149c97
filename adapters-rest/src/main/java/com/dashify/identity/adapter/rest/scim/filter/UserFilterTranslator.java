package com.dashify.identity.adapter.rest.scim.filter;

import static com.dashify.identity.adapter.rest.scim.filter.FilterValues.text;
import static com.dashify.identity.adapter.rest.scim.filter.FilterValues.textMatch;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.ResolvedPath;
import com.dashify.identity.adapter.rest.scim.schema.UserSchemas;
import com.dashify.identity.application.query.Ordering;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.TimeField;
import com.dashify.identity.application.query.UserFilter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Translates a parsed SCIM filter into the application's {@link UserFilter}. Only what the store
 * can answer exactly is accepted; anything else is a 400 {@code invalidFilter} naming what is not
 * supported, never a silently wider result.
 */
public final class UserFilterTranslator {

    /** Filterable text attributes, by their canonical path. */
    private static final Map<String, TextField> TEXT_FIELDS = Map.ofEntries(
            Map.entry("id", TextField.ID),
            Map.entry("externalId", TextField.EXTERNAL_ID),
            Map.entry("userName", TextField.USER_NAME),
            Map.entry("displayName", TextField.DISPLAY_NAME),
            Map.entry("nickName", TextField.NICK_NAME),
            Map.entry("title", TextField.TITLE),
            Map.entry("userType", TextField.USER_TYPE),
            Map.entry("name.formatted", TextField.FORMATTED_NAME),
            Map.entry("name.givenName", TextField.GIVEN_NAME),
            Map.entry("name.familyName", TextField.FAMILY_NAME),
            Map.entry("employeeNumber", TextField.EMPLOYEE_NUMBER),
            Map.entry("costCenter", TextField.COST_CENTER),
            Map.entry("organization", TextField.ORGANIZATION),
            Map.entry("division", TextField.DIVISION),
            Map.entry("department", TextField.DEPARTMENT),
            Map.entry("manager", TextField.MANAGER_ID),
            Map.entry("manager.value", TextField.MANAGER_ID));

    private static final Map<String, TimeField> TIME_FIELDS = Map.of(
            "meta.created", TimeField.CREATED,
            "meta.lastModified", TimeField.LAST_MODIFIED);

    private UserFilterTranslator() {
    }

    public static UserFilter translate(Filter filter) {
        if (filter instanceof Filter.And and) {
            return UserFilter.and(translate(and.left()), translate(and.right()));
        }
        if (filter instanceof Filter.Or or) {
            return UserFilter.or(translate(or.left()), translate(or.right()));
        }
        if (filter instanceof Filter.Not not) {
            return new UserFilter.Not(translate(not.operand()));
        }
        if (filter instanceof Filter.Present present) {
            return present(present.path());
        }
        if (filter instanceof Filter.Comparison comparison) {
            return comparison(comparison);
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            return valuePath(valuePath);
        }
        throw new IllegalArgumentException("unknown filter " + filter);
    }

    private static String canonical(AttributePath path) {
        ResolvedPath resolved = UserSchemas.resolve(path.schema(), path.attribute(), path.subAttribute())
                .filter(found -> !found.isWholeExtension())
                .orElseThrow(() -> ScimException.invalidFilter("'" + path.abbreviated()
                        + "' is not an attribute of User."));
        String name = resolved.attribute().name();
        return resolved.sub() == null ? name : name + "." + resolved.sub().name();
    }

    private static UserFilter present(AttributePath path) {
        String name = canonical(path);
        if (TEXT_FIELDS.containsKey(name)) {
            return new UserFilter.TextPresent(TEXT_FIELDS.get(name));
        }
        if (name.equals("emails") || name.equals("emails.value")) {
            return new UserFilter.EmailCondition(null, null, null);
        }
        if (name.equals("active") || TIME_FIELDS.containsKey(name)) {
            return UserFilter.all();
        }
        throw unsupported(name);
    }

    private static UserFilter comparison(Filter.Comparison comparison) {
        String name = canonical(comparison.path());
        Filter.Operator operator = comparison.operator();
        Object value = comparison.value().value();
        if (TEXT_FIELDS.containsKey(name)) {
            return UserFilter.text(TEXT_FIELDS.get(name), textMatch(operator), text(name, value));
        }
        if (name.equals("emails") || name.equals("emails.value")) {
            return new UserFilter.EmailCondition(null, textMatch(operator), text(name, value));
        }
        if (name.equals("emails.type") && operator == Filter.Operator.EQ) {
            return new UserFilter.EmailCondition(text(name, value), null, null);
        }
        if (name.equals("active")) {
            boolean active = bool(name, value);
            return switch (operator) {
                case EQ -> new UserFilter.ActiveIs(active);
                case NE -> new UserFilter.ActiveIs(!active);
                default -> throw ScimException.invalidFilter("'active' can only be compared with eq or ne.");
            };
        }
        if (TIME_FIELDS.containsKey(name)) {
            return new UserFilter.TimeCondition(TIME_FIELDS.get(name), ordering(name, operator), instant(name, value));
        }
        throw unsupported(name);
    }

    /** {@code emails[type eq "work" and value eq "x"]}: a type constraint and at most one value comparison. */
    private static UserFilter valuePath(Filter.ValuePath valuePath) {
        String name = canonical(valuePath.path());
        if (!name.equals("emails")) {
            throw ScimException.invalidFilter("Value filters are supported on 'emails' only.");
        }
        EmailParts parts = new EmailParts();
        parts.collect(valuePath.filter());
        return new UserFilter.EmailCondition(parts.type, parts.match, parts.value);
    }

    /** The parts of an email value filter, which must be a conjunction of simple comparisons. */
    private static final class EmailParts {
        private String type;
        private TextMatch match;
        private String value;

        void collect(Filter filter) {
            if (filter instanceof Filter.And and) {
                collect(and.left());
                collect(and.right());
                return;
            }
            if (!(filter instanceof Filter.Comparison comparison) || comparison.path().schema() != null
                    || comparison.path().subAttribute() != null) {
                throw ScimException.invalidFilter("Inside emails[...], only 'type eq' and one comparison of 'value',"
                        + " joined by 'and', are supported.");
            }
            String sub = comparison.path().attribute().toLowerCase(Locale.ROOT);
            if (sub.equals("type") && comparison.operator() == Filter.Operator.EQ && type == null) {
                type = text("emails.type", comparison.value().value());
            } else if (sub.equals("value") && match == null) {
                match = textMatch(comparison.operator());
                value = text("emails.value", comparison.value().value());
            } else {
                throw ScimException.invalidFilter("Inside emails[...], only 'type eq' and one comparison of 'value',"
                        + " joined by 'and', are supported.");
            }
        }
    }

    private static Ordering ordering(String name, Filter.Operator operator) {
        return switch (operator) {
            case EQ -> Ordering.EQUALS;
            case NE -> Ordering.NOT_EQUALS;
            case GT -> Ordering.AFTER;
            case GE -> Ordering.AT_OR_AFTER;
            case LT -> Ordering.BEFORE;
            case LE -> Ordering.AT_OR_BEFORE;
            default -> throw ScimException.invalidFilter("'" + name + "' cannot be compared with "
                    + operator.name().toLowerCase(Locale.ROOT) + ".");
        };
    }

    private static boolean bool(String name, Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw ScimException.invalidFilter("'" + name + "' must be compared with true or false.");
    }

    private static Instant instant(String name, Object value) {
        if (value instanceof String text) {
            try {
                OffsetDateTime parsed = OffsetDateTime.parse(text);
                // What both databases can hold; beyond it H2 compares oddly and PostgreSQL fails.
                if (parsed.getYear() >= 1 && parsed.getYear() <= 9999) {
                    return parsed.toInstant();
                }
            } catch (DateTimeParseException e) {
                // fall through to the error below
            }
        }
        throw ScimException.invalidFilter("'" + name + "' must be compared with an xsd:dateTime such as"
                + " \"2026-01-31T12:00:00Z\".");
    }

    private static ScimException unsupported(String name) {
        return ScimException.invalidFilter("Filtering on '" + name + "' is not supported.");
    }
}
