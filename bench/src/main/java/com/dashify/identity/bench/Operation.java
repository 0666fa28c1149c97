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
    OFFBOARD,
    /** {@code PATCH /Groups/{id}}: Entra's {@code Add} of one member to a preloaded group. */
    GROUP_ADD_MEMBER,
    /** {@code PATCH /Groups/{id}}: {@code remove} of that member again by {@code members[value eq "…"]}. */
    GROUP_REMOVE_MEMBER,
    /** {@code GET /Groups/{id}?excludedAttributes=members}, as Entra reads a group. */
    GROUP_GET,
    /** {@code GET /Groups/{id}}: the group with all its members. */
    GROUP_READ,
    /** {@code GET /Groups?excludedAttributes=members&filter=displayName eq "…"}, Entra's look-up before a create. */
    GROUP_LOOKUP,
    /** {@code POST /Groups} with Microsoft's group schema URN and an {@code externalId}. */
    GROUP_CREATE,
    /** {@code PATCH /Groups/{id}}: {@code Add} of a batch of members in one operation, as in an initial sync. */
    GROUP_ADD_MEMBERS
}
