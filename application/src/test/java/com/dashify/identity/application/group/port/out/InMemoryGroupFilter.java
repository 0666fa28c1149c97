package com.dashify.identity.application.group.port.out;

import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupTextField;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.user.UserName;

/** Evaluates the text conditions of a {@link GroupFilter} in memory, as the database does in SQL. */
final class InMemoryGroupFilter {

    private InMemoryGroupFilter() {
    }

    static String valueOf(GroupTextField field, Group group) {
        return switch (field) {
            case ID -> group.id().toString();
            case DISPLAY_NAME -> group.displayName().value();
            case EXTERNAL_ID -> group.externalId().map(Object::toString).orElse(null);
        };
    }

    static boolean compare(GroupFilter.TextCondition condition, Group group) {
        String stored = valueOf(condition.field(), group);
        if (stored == null) {
            return false;
        }
        String value = condition.value();
        if (!condition.field().caseExact()) {
            stored = UserName.partKeyOf(stored);
            value = UserName.partKeyOf(value);
        }
        return switch (condition.match()) {
            case EQUALS -> stored.equals(value);
            case NOT_EQUALS -> !stored.equals(value);
            case CONTAINS -> stored.contains(value);
            case STARTS_WITH -> stored.startsWith(value);
            case ENDS_WITH -> stored.endsWith(value);
            case GREATER_THAN -> stored.compareTo(value) > 0;
            case GREATER_OR_EQUAL -> stored.compareTo(value) >= 0;
            case LESS_THAN -> stored.compareTo(value) < 0;
            case LESS_OR_EQUAL -> stored.compareTo(value) <= 0;
        };
    }
}
