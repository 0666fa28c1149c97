package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import java.util.Locale;

/**
 * The name a user signs in with, unique within a tenant regardless of case (RFC 7643 §4.1.1:
 * {@code caseExact} is false) while keeping the case it was given.
 */
public record UserName(String value) {

    public static final int MAX_LENGTH = 256;

    public UserName {
        value = Values.requiredText("userName", value, MAX_LENGTH);
        // Lower case can be longer than the text ("İ" becomes two characters); the key must fit too.
        if (keyOf(value).length() > MAX_LENGTH) {
            throw new InvalidValueException("userName", "must be at most " + MAX_LENGTH + " characters long");
        }
    }

    /** The form compared for uniqueness and lookups. */
    public String key() {
        return keyOf(value);
    }

    /** The lookup key of any text, so that a search can be compared with stored keys. */
    public static String keyOf(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(UserName other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
