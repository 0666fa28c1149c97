package com.dashify.identity.application.common.port.in;

/**
 * Why a use case refused, in the application's own terms. Each adapter maps these to its
 * protocol's answer (an HTTP status, a SCIM {@code scimType}, a console page); a switch over them
 * there is exhaustive, so that a new kind of refusal cannot go unanswered.
 */
public enum Refusal {
    /** The caller could not be identified: no credential, or one that is unknown, revoked or expired. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this: their role, their token's scopes, or a rule of the service. */
    FORBIDDEN,
    /** There is no such thing in the caller's tenant, or not one the caller may see. */
    NOT_FOUND,
    /** The request contradicts what is stored: a name already taken, a chain that does not verify. */
    CONFLICT,
    /** The request was made against a version of the thing that is no longer current. */
    STALE,
    /** The request itself is malformed or asks for an impossible value. */
    INVALID
}
