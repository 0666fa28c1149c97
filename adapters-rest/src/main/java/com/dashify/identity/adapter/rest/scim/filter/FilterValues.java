package com.dashify.identity.adapter.rest.scim.filter;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.TextMatch;
import java.math.BigDecimal;

/** What the filter translators of every resource type read alike: text operators and text values. */
final class FilterValues {

    private FilterValues() {
    }

    /** Every SCIM comparison operator has a text meaning (RFC 7644 §3.4.2.2: gt and the rest compare lexically). */
    static TextMatch textMatch(Filter.Operator operator) {
        return switch (operator) {
            case EQ -> TextMatch.EQUALS;
            case NE -> TextMatch.NOT_EQUALS;
            case CO -> TextMatch.CONTAINS;
            case SW -> TextMatch.STARTS_WITH;
            case EW -> TextMatch.ENDS_WITH;
            case GT -> TextMatch.GREATER_THAN;
            case GE -> TextMatch.GREATER_OR_EQUAL;
            case LT -> TextMatch.LESS_THAN;
            case LE -> TextMatch.LESS_OR_EQUAL;
        };
    }

    /** A comparison value as text; a number counts as its digits, as clients send ids either way. */
    static String text(String name, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        throw ScimException.invalidFilter("'" + name + "' must be compared with a string.");
    }
}
