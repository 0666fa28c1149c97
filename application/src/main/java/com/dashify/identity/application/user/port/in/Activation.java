package com.dashify.identity.application.user.port.in;

/**
 * What a client's write asks for the user's access, by name: nothing, or a transition. A SCIM
 * {@code "active": false} (in a PATCH of any shape, or a PUT) is {@link #DEACTIVATE}; a write that
 * leaves {@code active} out is {@link #UNCHANGED}, never a deactivation.
 */
public enum Activation {
    UNCHANGED, ACTIVATE, DEACTIVATE;

    /** The transition a client's {@code active} value names; null (not given) names none. */
    public static Activation named(Boolean active) {
        return active == null ? UNCHANGED : active ? ACTIVATE : DEACTIVATE;
    }
}
