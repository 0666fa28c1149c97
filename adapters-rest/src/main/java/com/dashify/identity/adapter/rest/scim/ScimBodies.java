package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads the body of a POST or PUT that must be a resource of one type: its {@code schemas} must
 * name the type's core schema, and otherwise only schemas this service knows for it. An unknown
 * schema is refused rather than ignored, so that a client learns its attributes are not kept.
 */
final class ScimBodies {

    private ScimBodies() {
    }

    /**
     * @param core      the URN the body must list, such as the core User schema
     * @param accepted  the other URNs it may list, compared without case
     */
    static JsonObject resource(InputStream body, String core, Set<String> accepted) {
        return requireResource(JsonBodies.parseObject(JsonBodies.readBounded(body)), core, accepted);
    }

    /** As {@link #resource(InputStream, String, Set)}, for a body already parsed (a Bulk operation's data). */
    static JsonObject requireResource(JsonObject json, String core, Set<String> accepted) {
        JsonValue schemas = JsonBodies.member(json, "schemas");
        if (schemas == null || schemas.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimException.invalidSyntax("The request must have \"schemas\": [\"" + core + "\"].");
        }
        boolean named = false;
        for (JsonValue schema : schemas.asJsonArray()) {
            if (!(schema instanceof JsonString name)) {
                throw ScimException.invalidSyntax("\"schemas\" must be an array of URNs.");
            }
            if (name.getString().equalsIgnoreCase(core)) {
                named = true;
            } else if (accepted.stream().noneMatch(name.getString()::equalsIgnoreCase)) {
                throw ScimException.invalidSyntax("The schema '" + shorten(name.getString())
                        + "' is not supported; see /Schemas.");
            }
        }
        if (!named) {
            throw ScimException.invalidSyntax("\"schemas\" must include \"" + core + "\".");
        }
        return json;
    }

    /** The id in a PUT's body, if any, must be the one in its URL (RFC 7643 §3.1: {@code id} is readOnly). */
    static void requireSameId(JsonObject json, String id) {
        if (json.get("id") instanceof JsonString bodyId && !bodyId.getString().equalsIgnoreCase(id)) {
            throw ScimException.mutability("The id in the body differs from the id in the URL.");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
