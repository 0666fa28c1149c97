package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the directory says about a user apart from identity and state: names, contact points,
 * role claims and employment. Immutable; an update replaces the whole profile.
 */
public record UserProfile(PersonName name, String displayName, String nickName, String profileUrl,
                          String title, String userType, String preferredLanguage, String locale,
                          String timezone, List<EmailAddress> emails, List<PhoneNumber> phoneNumbers,
                          List<PostalAddress> addresses, List<RoleClaim> roleClaims, Employment employment) {

    /** No directory has a reason to send more values of one attribute; more is a bug or an attack. */
    public static final int MAX_VALUES = 20;

    public static final UserProfile EMPTY = new UserProfile(PersonName.EMPTY, null, null, null, null, null,
            null, null, null, List.of(), List.of(), List.of(), List.of(), Employment.EMPTY);

    public UserProfile {
        name = Objects.requireNonNullElse(name, PersonName.EMPTY);
        displayName = Values.optionalText("displayName", displayName, 256);
        nickName = Values.optionalText("nickName", nickName, 256);
        profileUrl = Values.optionalText("profileUrl", profileUrl, 1024);
        title = Values.optionalText("title", title, 256);
        userType = Values.optionalText("userType", userType, 64);
        preferredLanguage = Values.optionalText("preferredLanguage", preferredLanguage, 64);
        locale = Values.optionalText("locale", locale, 64);
        timezone = Values.optionalText("timezone", timezone, 64);
        emails = checkedList("emails", emails, EmailAddress::primary);
        phoneNumbers = checkedList("phoneNumbers", phoneNumbers, PhoneNumber::primary);
        addresses = checkedList("addresses", addresses, PostalAddress::primary);
        roleClaims = checkedList("roles", roleClaims, RoleClaim::primary);
        employment = Objects.requireNonNullElse(employment, Employment.EMPTY);
    }

    private static <T> List<T> checkedList(String attribute, List<T> values, Predicate<T> primary) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidValueException(attribute, "must have at most " + MAX_VALUES + " values");
        }
        // RFC 7643 §2.4: the primary value "MUST appear no more than once".
        if (values.stream().filter(primary).count() > 1) {
            throw new InvalidValueException(attribute, "must have at most one primary value");
        }
        return List.copyOf(values);
    }
}
