package com.dashify.identity.domain.group;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import com.dashify.identity.domain.user.UserName;

/**
 * A group's {@code displayName}: required, and unique within a tenant regardless of case. Two names
 * are the same by the rule user names follow ({@link UserName#keyOf}: trimmed, composed, lower
 * case), and a new name must be visible in the same sense, so that no two groups can pass for one.
 */
public record GroupName(String value) {

    public static final int MAX_LENGTH = 256;

    public GroupName {
        value = Values.requiredText("displayName", value, MAX_LENGTH);
        if (key(value).length() > MAX_LENGTH) {
            throw new InvalidValueException("displayName", "must be at most " + MAX_LENGTH + " characters long");
        }
    }

    /**
     * This name, if it has nothing invisible in it: what a new group's name, or a new name, must be.
     *
     * @throws InvalidValueException as {@link UserName#requireVisible()} does, naming {@code displayName}
     */
    public GroupName requireVisible() {
        if (!UserName.isVisible(value)) {
            throw new InvalidValueException("displayName",
                    "must not contain invisible or bidirectional formatting characters or line separators");
        }
        return this;
    }

    /** The form compared for uniqueness and lookups. */
    public String key() {
        return key(value);
    }

    public boolean sameAs(GroupName other) {
        return key().equals(other.key());
    }

    private static String key(String text) {
        return UserName.keyOf(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
