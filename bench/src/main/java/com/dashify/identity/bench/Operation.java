package com.dashify.identity.bench;

/** What a client does to the SCIM service, one HTTP request each. */
enum Operation {
    /** {@code GET /Users?filter=userName eq "…"}, which IdPs send before every write. */
    LOOKUP,
    /** {@code POST /Users}, with the password Okta sends. */
    CREATE,
    /** {@code PUT /Users/{id}}, the whole profile, as Okta's PUT-only apps do. */
    PROFILE_UPDATE,
    /** {@code PATCH} of {@code roles}, Entra style: capitalised op. */
    ROLE_CHANGE,
    /** {@code PATCH active "False"}, Entra style: capitalised op, string boolean. */
    DEACTIVATE,
    /** {@code GET /Users?startIndex=…&count=100}, index paging. */
    LIST,
    /**
     * {@code GET /ServiceProviderConfig} with the token: the whole request pipeline, token check
     * included, and no user data. The ceiling the service's own lookups are compared with.
     */
    PIPELINE,
    /** {@code PATCH active "False"} of a user who holds 5 sessions and 3 PATs, all revoked with it. */
    OFFBOARD
}
