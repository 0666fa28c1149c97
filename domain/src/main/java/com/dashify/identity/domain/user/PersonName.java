package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.Values;

/** The components of a user's real name; each may be absent. */
public record PersonName(String formatted, String familyName, String givenName, String middleName,
                         String honorificPrefix, String honorificSuffix) {

    public static final PersonName EMPTY = new PersonName(null, null, null, null, null, null);

    public PersonName {
        formatted = Values.optionalText("name.formatted", formatted, 512);
        familyName = Values.optionalText("name.familyName", familyName, 256);
        givenName = Values.optionalText("name.givenName", givenName, 256);
        middleName = Values.optionalText("name.middleName", middleName, 256);
        honorificPrefix = Values.optionalText("name.honorificPrefix", honorificPrefix, 64);
        honorificSuffix = Values.optionalText("name.honorificSuffix", honorificSuffix, 64);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
