package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a user signs in with, unique within a tenant regardless of case (RFC 7643 §4.1.1:
 * {@code caseExact} is false) while keeping the case it was given.
 *
 * <p>One rule decides when two names are the same, for uniqueness and for every lookup alike:
 * surrounding white space is trimmed, and names compare in Unicode composed form (NFC) and in
 * lower case, so "josé" typed with a combining accent is the "josé" already there. A name that
 * differs from another only by something invisible could pass for it, so a user is created or
 * renamed only with a {@linkplain #requireVisible() visible} name: no invisible format characters
 * (zero-width spaces and joiners, the byte order mark, soft hyphens, tags), bidirectional controls
 * (which reorder how a name is shown) or line and paragraph separators. A name stored before that
 * rule still reads back, so that its user can still be found, deactivated and renamed.
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

    /**
     * This name, if it has nothing invisible in it: what a new user's name, or a new name, must be.
     *
     * @throws InvalidValueException when it holds an invisible or bidirectional formatting
     *         character or a line or paragraph separator
     */
    public UserName requireVisible() {
        if (!isVisible(value)) {
            throw new InvalidValueException("userName",
                    "must not contain invisible or bidirectional formatting characters or line separators");
        }
        return this;
    }

    /** The form compared for uniqueness and lookups. */
    public String key() {
        return keyOf(value);
    }

    /** The lookup key of any text as a whole name (trimmed, composed, lower case), to compare with stored keys. */
    public static String keyOf(String text) {
        return partKeyOf(text.strip());
    }

    /**
     * The compared form of a part of a name, for {@code co}, {@code sw} and {@code ew}: composed
     * and lower case like a key, but not trimmed, since a space inside a name is part of it.
     */
    public static String partKeyOf(String text) {
        // Lower-casing can leave composed text out of canonical order ("İ" gains a combining dot).
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    public boolean sameAs(UserName other) {
        return key().equals(other.key());
    }

    /**
     * Whether a name has none of what could make it pass for another: Unicode categories Cf
     * (format: U+200B, U+202E, U+FEFF, ...), Zl (U+2028) and Zp (U+2029). Group names follow it too.
     */
    public static boolean isVisible(String name) {
        return name.codePoints().noneMatch(UserName::isInvisible);
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    @Override
    public String toString() {
        return value;
    }
}
