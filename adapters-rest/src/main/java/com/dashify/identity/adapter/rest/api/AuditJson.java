package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.NamedAuditRecord;
import com.dashify.identity.application.query.StoredAuditRecord;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;

/** Audit records as the API shows them, and the opaque cursor of a page. */
final class AuditJson {

    private static final String SUCCESS = "success";

    private AuditJson() {
    }

    /** A record with the names read beside it: {@code userName}, {@code tokenName}, the target's {@code name}. */
    static JsonObject record(NamedAuditRecord named) {
        StoredAuditRecord record = named.record();
        JsonObjectBuilder actor = JSON.createObjectBuilder().add("type", record.actorType());
        optional(actor, "userId", record.actorUserId());
        optional(actor, "userName", named.actorUserName());
        optional(actor, "tokenId", record.actorTokenId());
        optional(actor, "tokenName", named.actorTokenName());
        optional(actor, "sessionId", record.actorSessionId());
        JsonObjectBuilder target = JSON.createObjectBuilder();
        optional(target, "type", record.targetType());
        optional(target, "id", record.targetId());
        optional(target, "name", named.targetName());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", record.id())
                .add("occurredAt", record.occurredAt().toString())
                .add("actor", actor)
                .add("action", record.action())
                .add("target", target)
                .add("outcome", record.outcome());
        optional(json, "requestId", record.requestId());
        optional(json, "clientAddress", record.clientAddress());
        optional(json, "userAgent", record.userAgent());
        JsonArrayBuilder changes = JSON.createArrayBuilder();
        Arrays.stream(record.changes().split(" ")).filter(change -> !change.isEmpty()).forEach(changes::add);
        if (!SUCCESS.equals(record.outcome()) && !record.changes().isBlank()) {
            // Why it was refused, as one text: a SCIM error's detail has spaces, which changes split.
            json.add("reason", record.changes());
        }
        json.add("changes", changes);
        if (record.payload() != null) {
            json.add("payload", payload(record.payload()));
        }
        return json.build();
    }

    /** A stored payload is JSON text; shown as JSON, or as a string if it is not. */
    private static JsonValue payload(String payload) {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            return JSON.createValue(payload);
        }
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /** @throws ApiException 400 when the cursor is not one this API gave */
    static AuditPosition position(String cursor) {
        return AuditPosition.fromToken(cursor)
                .orElseThrow(() -> new ApiException(400, "The cursor is not one this API gave."));
    }
}
