package com.dashify.identity.domain.common;

/**
 * Checks applied to every text a client can send. Lengths are bounded so that no value can
 * outgrow its column, and control characters are refused because they forge log lines and
 * PostgreSQL rejects the NUL character outright.
 */
public final class Values {

    private Values() {
    }

    /** A required single-line text: trimmed, not blank, at most {@code maxLength} characters. */
    public static String requiredText(String attribute, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(attribute, "is required and must not be blank");
        }
        return checked(attribute, value.strip(), maxLength, false);
    }

    /** An optional single-line text: blank is treated as absent and becomes {@code null}. */
    public static String optionalText(String attribute, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(attribute, value.strip(), maxLength, false);
    }

    /** An optional text that may span lines (a postal address, for one). */
    public static String optionalMultilineText(String attribute, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(attribute, value.strip(), maxLength, true);
    }

    private static String checked(String attribute, String value, int maxLength, boolean lineBreaksAllowed) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(attribute, "must be at most " + maxLength + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(lineBreaksAllowed && lineBreak)) {
                throw new InvalidValueException(attribute, "must not contain control characters");
            }
            if (Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
                throw new InvalidValueException(attribute, "must be valid Unicode text");
            }
        }
        return value;
    }

    private static boolean isPairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
