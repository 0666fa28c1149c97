package com.dashify.identity.application.query;

import java.util.Objects;

/**
 * An audit record with the names of what its ids stand for, as they are now: resolved when the
 * trail is read and never stored in the record, so that the chained record stays as written.
 *
 * @param actorUserName  the acting user's user name, when a user acted and is (or was) a user of the tenant
 * @param actorTokenName the name of the token the user acted through, when one was used
 * @param targetName     the target's name: a user's user name or a token's name; null for other targets
 */
public record NamedAuditRecord(StoredAuditRecord record, String actorUserName, String actorTokenName,
                               String targetName) {

    public NamedAuditRecord {
        Objects.requireNonNull(record, "record");
    }
}
