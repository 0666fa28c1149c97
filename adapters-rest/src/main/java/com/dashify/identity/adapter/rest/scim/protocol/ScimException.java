package com.dashify.identity.adapter.rest.scim.protocol;

/**
 * A SCIM request failed with the status and {@code scimType} RFC 7644 §3.12 prescribes. The
 * detail is written for the client and never carries internals (class names, SQL, stack traces).
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimException(int status, String scimType, String detail) {
        super(shortened(detail));
        this.status = status;
        this.scimType = scimType;
    }

    /**
     * The longest detail: messages name what they refuse in a few words. Longer means a message
     * quotes what a client sent; that is cut, so that a request cannot have kilobytes echoed back.
     */
    static final int MAX_DETAIL_LENGTH = 300;

    private static String shortened(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail
                : detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    public static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    public static ScimException invalidPath(String detail) {
        return new ScimException(400, "invalidPath", detail);
    }

    public static ScimException noTarget(String detail) {
        return new ScimException(400, "noTarget", detail);
    }

    public static ScimException mutability(String detail) {
        return new ScimException(400, "mutability", detail);
    }

    /** RFC 9865 §2.2: a cursor this server did not hand out for this search, or altered. */
    public static ScimException invalidCursor(String detail) {
        return new ScimException(400, "invalidCursor", detail);
    }

    /** RFC 9865 §2.2: a cursor older than the {@code cursorTimeout} announced in ServiceProviderConfig. */
    public static ScimException expiredCursor(String detail) {
        return new ScimException(400, "expiredCursor", detail);
    }

    public int status() {
        return status;
    }

    /** The RFC 7644 {@code scimType}, or null where the RFC defines none for the status. */
    public String scimType() {
        return scimType;
    }
}
