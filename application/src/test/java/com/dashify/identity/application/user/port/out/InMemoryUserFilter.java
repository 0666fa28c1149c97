package com.dashify.identity.application.user.port.out;

import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.TimeField;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Instant;
import java.util.Locale;

/** Evaluates a {@link UserFilter} on a user in memory, with the semantics the SQL translation has. */
final class InMemoryUserFilter {

    private InMemoryUserFilter() {
    }

    static boolean matches(UserFilter filter, User user) {
        if (filter instanceof UserFilter.All) {
            return true;
        }
        if (filter instanceof UserFilter.And and) {
            return and.operands().stream().allMatch(operand -> matches(operand, user));
        }
        if (filter instanceof UserFilter.Or or) {
            return or.operands().stream().anyMatch(operand -> matches(operand, user));
        }
        if (filter instanceof UserFilter.Not not) {
            return !matches(not.operand(), user);
        }
        if (filter instanceof UserFilter.TextCondition condition && condition.field() == TextField.USER_NAME) {
            // The stored key against the value in the same form: a whole name trimmed, a part as given.
            String wanted = condition.match().comparesPart() ? UserName.partKeyOf(condition.value())
                    : UserName.keyOf(condition.value());
            return compare(user.userName().key(), condition.match(), wanted, true);
        }
        if (filter instanceof UserFilter.TextCondition condition) {
            return compare(valueOf(condition.field(), user), condition.match(), condition.value(),
                    condition.field().caseExact());
        }
        if (filter instanceof UserFilter.TextPresent present) {
            return valueOf(present.field(), user) != null;
        }
        if (filter instanceof UserFilter.ActiveIs active) {
            return user.isActive() == active.active();
        }
        if (filter instanceof UserFilter.TimeCondition condition) {
            return compareTime(condition.field() == TimeField.CREATED ? user.createdAt() : user.lastModifiedAt(),
                    condition);
        }
        if (filter instanceof UserFilter.EmailCondition condition) {
            return user.profile().emails().stream().anyMatch(email -> emailMatches(email, condition));
        }
        throw new IllegalArgumentException("unknown filter " + filter);
    }

    private static boolean emailMatches(EmailAddress email, UserFilter.EmailCondition condition) {
        if (condition.type() != null
                && (email.type() == null || !email.type().equalsIgnoreCase(condition.type()))) {
            return false;
        }
        return condition.match() == null || compare(email.value(), condition.match(), condition.value(), false);
    }

    private static boolean compareTime(Instant actual, UserFilter.TimeCondition condition) {
        int order = actual.compareTo(condition.value());
        return switch (condition.ordering()) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case AFTER -> order > 0;
            case AT_OR_AFTER -> order >= 0;
            case BEFORE -> order < 0;
            case AT_OR_BEFORE -> order <= 0;
        };
    }

    private static boolean compare(String actual, TextMatch match, String wanted, boolean caseExact) {
        if (actual == null) {
            return false;
        }
        String a = caseExact ? actual : actual.toLowerCase(Locale.ROOT);
        String w = caseExact ? wanted : wanted.toLowerCase(Locale.ROOT);
        return switch (match) {
            case EQUALS -> a.equals(w);
            case NOT_EQUALS -> !a.equals(w);
            case CONTAINS -> a.contains(w);
            case STARTS_WITH -> a.startsWith(w);
            case ENDS_WITH -> a.endsWith(w);
            case GREATER_THAN -> a.compareTo(w) > 0;
            case GREATER_OR_EQUAL -> a.compareTo(w) >= 0;
            case LESS_THAN -> a.compareTo(w) < 0;
            case LESS_OR_EQUAL -> a.compareTo(w) <= 0;
        };
    }

    private static String valueOf(TextField field, User user) {
        UserProfile profile = user.profile();
        return switch (field) {
            case ID -> user.id().toString();
            case USER_NAME -> user.userName().value();
            case EXTERNAL_ID -> user.externalId().map(Object::toString).orElse(null);
            case DISPLAY_NAME -> profile.displayName();
            case NICK_NAME -> profile.nickName();
            case FORMATTED_NAME -> profile.name().formatted();
            case GIVEN_NAME -> profile.name().givenName();
            case FAMILY_NAME -> profile.name().familyName();
            case TITLE -> profile.title();
            case USER_TYPE -> profile.userType();
            case EMPLOYEE_NUMBER -> profile.employment().employeeNumber();
            case COST_CENTER -> profile.employment().costCenter();
            case ORGANIZATION -> profile.employment().organization();
            case DIVISION -> profile.employment().division();
            case DEPARTMENT -> profile.employment().department();
            case MANAGER_ID -> profile.employment().managerId();
        };
    }
}
