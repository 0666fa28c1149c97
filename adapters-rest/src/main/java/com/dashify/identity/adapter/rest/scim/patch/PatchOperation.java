package com.dashify.identity.adapter.rest.scim.patch;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of a PatchOp request.
 *
 * @param path  the target, or null for a path-less operation on the resource itself
 * @param value the value in tree form ({@link ScimObject}, list, string, boolean, number), or null
 */
public record PatchOperation(Op op, String path, Object value) {

    /** The operations of RFC 7644 §3.5.2; names compare without case (Entra sends {@code "Replace"}). */
    public enum Op {
        ADD, REMOVE, REPLACE
    }

    /** More operations than any directory sends in one request, and few enough to bound the work. */
    public static final int MAX_OPERATIONS = 1000;

    /** Reads the operations of a PatchOp body, refusing anything that is not one. */
    public static List<PatchOperation> readRequest(JsonObject body) {
        if (!listsSchema(body, ScimUrns.PATCH_OP)) {
            throw ScimException.invalidSyntax("The request must have \"schemas\": [\"" + ScimUrns.PATCH_OP + "\"].");
        }
        JsonValue operations = JsonBodies.member(body, "Operations");
        if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimException.invalidSyntax("The request must have an \"Operations\" array.");
        }
        List<JsonValue> items = operations.asJsonArray();
        if (items.isEmpty()) {
            throw ScimException.invalidValue("\"Operations\" must hold at least one operation.");
        }
        if (items.size() > MAX_OPERATIONS) {
            throw ScimException.invalidValue("At most " + MAX_OPERATIONS + " operations are accepted.");
        }
        List<PatchOperation> result = new ArrayList<>(items.size());
        for (JsonValue item : items) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.invalidSyntax("Each operation must be an object.");
            }
            result.add(read(item.asJsonObject()));
        }
        return result;
    }

    private static PatchOperation read(JsonObject operation) {
        JsonValue op = JsonBodies.member(operation, "op");
        if (!(op instanceof JsonString name)) {
            throw ScimException.invalidSyntax("Each operation needs \"op\": \"add\", \"remove\" or \"replace\".");
        }
        Op parsed;
        try {
            parsed = Op.valueOf(name.getString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ScimException.invalidSyntax("\"op\" must be \"add\", \"remove\" or \"replace\".");
        }
        JsonValue path = JsonBodies.member(operation, "path");
        String pathText = null;
        if (path != null && path.getValueType() != JsonValue.ValueType.NULL) {
            if (!(path instanceof JsonString pathString)) {
                throw ScimException.invalidPath("\"path\" must be a string.");
            }
            pathText = pathString.getString().isBlank() ? null : pathString.getString();
        }
        JsonValue value = JsonBodies.member(operation, "value");
        // RFC 7644 §3.5.2.1 and §3.5.2.3: add and replace carry a value. A replace with an explicit
        // null unassigns the attribute; a missing value is a malformed request, not a deletion.
        if (parsed != Op.REMOVE && (value == null
                || (parsed == Op.ADD && value.getValueType() == JsonValue.ValueType.NULL))) {
            throw ScimException.invalidValue("An " + parsed.name().toLowerCase(Locale.ROOT)
                    + " operation needs a value.");
        }
        return new PatchOperation(parsed, pathText, value == null ? null : ScimObject.convert(value));
    }

    static boolean listsSchema(JsonObject body, String urn) {
        JsonValue schemas = JsonBodies.member(body, "schemas");
        if (schemas == null || schemas.getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        return schemas.asJsonArray().stream()
                .anyMatch(schema -> schema instanceof JsonString s && s.getString().equalsIgnoreCase(urn));
    }
}
