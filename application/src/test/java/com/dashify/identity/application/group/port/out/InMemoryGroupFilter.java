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
            // The display name compares by its key, as the unique constraint does: a whole name
            // trimmed, a part of one not (a space inside a name is part of it).
            stored = UserName.keyOf(stored);
            value = condition.match().comparesPart() ? UserName.partKeyOf(value) : UserName.keyOf(value);
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
