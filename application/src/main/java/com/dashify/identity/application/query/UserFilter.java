package com.dashify.identity.application.query;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which users a search returns: an immutable tree of conditions over a user's attributes. Every
 * store evaluates it itself (the database in SQL), so it says only what must match, never how.
 */
public sealed interface UserFilter {

    /** Every user of the tenant. */
    static UserFilter all() {
        return All.INSTANCE;
    }

    static UserFilter and(UserFilter left, UserFilter right) {
        return new And(List.of(left, right));
    }

    static UserFilter or(UserFilter left, UserFilter right) {
        return new Or(List.of(left, right));
    }

    static UserFilter text(TextField field, TextMatch match, String value) {
        return new TextCondition(field, match, value);
    }

    /** Matches every user. */
    enum All implements UserFilter {
        INSTANCE
    }

    /** Matches when every operand does. */
    record And(List<UserFilter> operands) implements UserFilter {
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("and needs two operands or more");
            }
        }
    }

    /** Matches when any operand does. */
    record Or(List<UserFilter> operands) implements UserFilter {
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("or needs two operands or more");
            }
        }
    }

    /** Matches when the operand does not. An absent attribute does not equal any value, so it matches {@code not eq}. */
    record Not(UserFilter operand) implements UserFilter {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** Compares a text attribute; an absent attribute matches no comparison (RFC 7644 §3.4.2.2). */
    record TextCondition(TextField field, TextMatch match, String value) implements UserFilter {
        public TextCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(match, "match");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Matches users that have a value for the attribute. */
    record TextPresent(TextField field) implements UserFilter {
        public TextPresent {
            Objects.requireNonNull(field, "field");
        }
    }

    /** Matches users whose active state is the given one. */
    record ActiveIs(boolean active) implements UserFilter {
    }

    /** Compares a timestamp. */
    record TimeCondition(TimeField field, Ordering ordering, Instant value) implements UserFilter {
        public TimeCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(ordering, "ordering");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Matches users with at least one e-mail address meeting every given part: its type (compared
     * without case), and its address by {@code match} (addresses compare without case). A null part
     * is not constrained; with all parts null it matches users that have any e-mail address.
     */
    record EmailCondition(String type, TextMatch match, String value) implements UserFilter {
        public EmailCondition {
            if ((match == null) != (value == null)) {
                throw new IllegalArgumentException("match and value go together");
            }
        }
    }
}
