package com.dashify.identity.application.query;

/** How a text attribute is compared with a value. Ordering compares code points of the compared form. */
public enum TextMatch {
    EQUALS,
    NOT_EQUALS,
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH,
    GREATER_THAN,
    GREATER_OR_EQUAL,
    LESS_THAN,
    LESS_OR_EQUAL;

    /** Whether the value is a part of the attribute's value ({@code co}, {@code sw}, {@code ew}), not a whole one. */
    public boolean comparesPart() {
        return this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }
}
