package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One of a user's e-mail addresses. The check is deliberately loose (one {@code @} with text on
 * both sides): directories hold addresses that stricter patterns reject, and refusing them
 * would stop a whole provisioning job.
 */
public record EmailAddress(String value, String type, boolean primary, String display) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public EmailAddress {
        value = Values.requiredText("emails.value", value, MAX_LENGTH);
        if (value.toLowerCase(Locale.ROOT).length() > MAX_LENGTH) {
            throw new InvalidValueException("emails.value", "must be at most " + MAX_LENGTH + " characters long");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("emails.value", "must be an e-mail address");
        }
        type = Values.optionalText("emails.type", type, 64);
        display = Values.optionalText("emails.display", display, 256);
    }

    /** The form compared in lookups: e-mail addresses are not case-sensitive in practice. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }
}
