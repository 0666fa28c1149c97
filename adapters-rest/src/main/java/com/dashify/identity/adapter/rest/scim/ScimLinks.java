package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.user.UserId;
import java.net.URI;

/**
 * The URIs of SCIM resources below the service's base ({@code …/scim/v2/}): a group's
 * {@code meta.location}, a member's {@code $ref}, a user's group's {@code $ref}, the discovery
 * documents' locations. Ids are UUIDs and schema ids URNs, so they need no escaping.
 *
 * @param base the base URI of the SCIM API, ending with a slash
 */
record ScimLinks(String base) {

    ScimLinks {
        base = base.endsWith("/") ? base : base + "/";
    }

    static ScimLinks of(URI base) {
        return new ScimLinks(base.toString());
    }

    URI user(UserId id) {
        return URI.create(base + "Users/" + id);
    }

    URI group(GroupId id) {
        return URI.create(base + "Groups/" + id);
    }

    /** A path below the base that needs no escaping, such as {@code ResourceTypes/Group} or a schema's URN. */
    URI at(String path) {
        return URI.create(base + path);
    }
}
