package com.dashify.identity.domain.common;

/** A value given for an attribute is not acceptable (blank, too long, malformed). */
public final class InvalidValueException extends DomainException {

    private final String attribute;

    public InvalidValueException(String attribute, String message) {
        super(attribute + " " + message);
        this.attribute = attribute;
    }

    /** The attribute the value was given for, in the domain's naming. */
    public String attribute() {
        return attribute;
    }
}
