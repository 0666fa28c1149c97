package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.Values;

/** One of a user's phone numbers, kept as the directory formats it. */
public record PhoneNumber(String value, String type, boolean primary, String display) {

    public PhoneNumber {
        value = Values.requiredText("phoneNumbers.value", value, 64);
        type = Values.optionalText("phoneNumbers.type", type, 64);
        display = Values.optionalText("phoneNumbers.display", display, 256);
    }
}
