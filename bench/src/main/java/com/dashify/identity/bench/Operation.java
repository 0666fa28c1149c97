package com.dashify.identity.bench;

/** What an identity provider does to a SCIM service, one HTTP request each. */
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
    LIST
}
