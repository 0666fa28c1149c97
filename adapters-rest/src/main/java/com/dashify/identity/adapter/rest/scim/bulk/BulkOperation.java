package com.dashify.identity.adapter.rest.scim.bulk;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * One operation of a Bulk request, as sent, its references not yet resolved.
 *
 * @param index        its position in the request, from 0
 * @param method       what it does
 * @param resourceType {@code Users} or {@code Groups}
 * @param id           the id in its path ({@code /Users/{id}}), possibly {@code bulkId:…}; null for a POST
 * @param bulkId       the name a POST gives what it creates; null when none was sent (only allowed when not POST)
 * @param version      the ETag it must match (the single request's {@code If-Match}); null for none
 * @param data         the body the single request would carry; null for a DELETE
 */
public record BulkOperation(int index, BulkMethod method, String resourceType, String id, String bulkId,
                            String version, JsonObject data) {

    public BulkOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(resourceType, "resourceType");
    }

    /** The path as sent: {@code /Users} or {@code /Users/{id}}. */
    public String path() {
        return "/" + resourceType + (id == null ? "" : "/" + id);
    }
}
