package com.dashify.identity.application.query;

import java.util.List;
import java.util.Objects;

/**
 * Which groups a search returns: an immutable tree of conditions over a group's attributes and
 * members, which every store evaluates itself (the database in SQL).
 */
public sealed interface GroupFilter {

    /** Every group of the tenant. */
    static GroupFilter all() {
        return All.INSTANCE;
    }

    /** Matches every group. */
    enum All implements GroupFilter {
        INSTANCE
    }

    /** Matches when every operand does. */
    record And(List<GroupFilter> operands) implements GroupFilter {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("and needs two operands or more");
            }
        }
    }

    /** Matches when any operand does. */
    record Or(List<GroupFilter> operands) implements GroupFilter {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("or needs two operands or more");
            }
        }
    }

    /** Matches when the operand does not. */
    record Not(GroupFilter operand) implements GroupFilter {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** Compares a text attribute; an absent attribute matches no comparison (RFC 7644 §3.4.2.2). */
    record TextCondition(GroupTextField field, TextMatch match, String value) implements GroupFilter {
        public TextCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Matches groups that have a value for the attribute. */
    record TextPresent(GroupTextField field) implements GroupFilter {
        public TextPresent {
            Objects.requireNonNull(field, "field");
        }
    }

    /**
     * Matches groups with a member whose id is exactly {@code userId} ({@code members.value eq},
     * {@code members[value eq ...]}); text that is no user id matches no group.
     */
    record HasMember(String userId) implements GroupFilter {
        public HasMember {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** Matches groups with at least one member ({@code members pr}). */
    enum HasMembers implements GroupFilter {
        INSTANCE
    }
}
