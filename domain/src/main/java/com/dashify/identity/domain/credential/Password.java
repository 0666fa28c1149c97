package com.dashify.identity.domain.credential;

import com.dashify.identity.domain.common.InvalidValueException;

/**
 * A password an administrator chose, in clear, on its way to being hashed: 12 to 128
 * characters (NIST SP 800-63B: length over composition rules), no control characters. Never
 * printed: {@link #toString()} hides it.
 */
public final class Password {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final String value;

    public Password(String value) {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new InvalidValueException("password", "must be at least " + MIN_LENGTH + " characters long");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("password", "must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("password", "must not contain control characters");
        }
        this.value = value;
    }

    /** The password itself, for the hasher only. */
    public char[] toCharArray() {
        return value.toCharArray();
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
