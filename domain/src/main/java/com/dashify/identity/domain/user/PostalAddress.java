package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;

/** One of a user's postal addresses (RFC 7643 §4.1.2 {@code addresses}). */
public record PostalAddress(String formatted, String streetAddress, String locality, String region,
                            String postalCode, String country, String type, boolean primary) {

    public PostalAddress {
        formatted = Values.optionalMultilineText("addresses.formatted", formatted, 1024);
        streetAddress = Values.optionalMultilineText("addresses.streetAddress", streetAddress, 512);
        locality = Values.optionalText("addresses.locality", locality, 256);
        region = Values.optionalText("addresses.region", region, 256);
        postalCode = Values.optionalText("addresses.postalCode", postalCode, 64);
        country = Values.optionalText("addresses.country", country, 64);
        type = Values.optionalText("addresses.type", type, 64);
        if (formatted == null && streetAddress == null && locality == null && region == null
                && postalCode == null && country == null) {
            throw new InvalidValueException("addresses", "must have at least one non-empty component");
        }
    }
}
