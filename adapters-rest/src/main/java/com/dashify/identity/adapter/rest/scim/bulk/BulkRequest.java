package com.dashify.identity.adapter.rest.scim.bulk;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BulkRequest (RFC 7644 §3.7), read and checked as a whole before any operation is performed:
 * what is not a BulkRequest, an operation without a known method, a path outside {@code /Users}
 * and {@code /Groups}, a POST without {@code bulkId}, or a member of the wrong type refuses the
 * whole request with 400, since its operations could not be told apart or referred to reliably.
 * What an operation's {@code data} says is checked when it is performed, as a single request's
 * body would be.
 *
 * @param failOnErrors the number of failed operations after which the rest are not performed; null for no limit
 */
public record BulkRequest(Integer failOnErrors, List<BulkOperation> operations) {

    public static final String URN = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public static final String RESPONSE_URN = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
    /** The most operations one request may carry; more is 413 (RFC 7644 §3.7.4). */
    public static final int MAX_OPERATIONS = 1000;
    /**
     * The largest body, in bytes: the limit of every SCIM body. 1,000 user creates as IdPs send
     * them (name, emails, enterprise attributes) take 300 to 600 bytes each, so they fit.
     */
    public static final int MAX_PAYLOAD_SIZE = JsonBodies.MAX_BYTES;

    /** {@code /Users}, {@code /Groups/{id}}: the leading slash may be left out; an id is one path segment. */
    private static final Pattern PATH = Pattern.compile("/?(Users|Groups)(?:/([^/?#]+))?");
    private static final int MAX_QUOTED = 40;

    public BulkRequest {
        operations = List.copyOf(operations);
    }

    /** Reads a parsed body; more than {@link #MAX_OPERATIONS} operations is 413, anything malformed 400. */
    public static BulkRequest read(JsonObject body) {
        JsonValue schemas = JsonBodies.member(body, "schemas");
        if (!(schemas instanceof JsonArray urns)
                || urns.stream().noneMatch(urn -> urn instanceof JsonString name && name.getString().equals(URN))) {
            throw ScimException.invalidSyntax("The request must have \"schemas\": [\"" + URN + "\"].");
        }
        JsonValue operations = JsonBodies.member(body, "Operations");
        if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ScimException.invalidSyntax("\"Operations\" must be an array of operations.");
        }
        int count = operations.asJsonArray().size();
        if (count > MAX_OPERATIONS) {
            throw new ScimException(413, null, "The request has " + count + " operations; at most " + MAX_OPERATIONS
                    + " are accepted (maxOperations in /ServiceProviderConfig).");
        }
        List<BulkOperation> read = new ArrayList<>(count);
        for (JsonValue operation : operations.asJsonArray()) {
            read.add(operation(read.size(), operation));
        }
        return new BulkRequest(failOnErrors(JsonBodies.member(body, "failOnErrors")), read);
    }

    private static Integer failOnErrors(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.bigIntegerValue().signum() <= 0) {
            throw ScimException.invalidValue("\"failOnErrors\" must be a positive integer.");
        }
        return number.bigIntegerValue().bitLength() < 31 ? number.intValue() : Integer.MAX_VALUE;
    }

    private static BulkOperation operation(int index, JsonValue value) {
        String where = "Operation " + (index + 1);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidSyntax(where + " is not an object.");
        }
        JsonObject operation = value.asJsonObject();
        String methodName = string(operation, "method", where, true);
        BulkMethod method = BulkMethod.named(methodName).orElseThrow(() -> ScimException.invalidValue(where
                + " has the method '" + quoted(methodName) + "'; use POST, PUT, PATCH or DELETE."));
        String path = string(operation, "path", where, true);
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw ScimException.invalidPath(where + " has the path '" + quoted(path)
                    + "'; Bulk operations act on /Users, /Users/{id}, /Groups and /Groups/{id}.");
        }
        String id = matcher.group(2);
        if (method == BulkMethod.POST && id != null) {
            throw ScimException.invalidPath(where + " is a POST: its path must be /Users or /Groups.");
        }
        if (method != BulkMethod.POST && id == null) {
            throw ScimException.invalidPath(where + " is a " + method + ": its path must name a resource, such as /"
                    + matcher.group(1) + "/{id}.");
        }
        String bulkId = string(operation, "bulkId", where, false);
        if (method == BulkMethod.POST && (bulkId == null || bulkId.isBlank())) {
            throw ScimException.invalidValue(where + " is a POST without a \"bulkId\" (RFC 7644 §3.7 requires one).");
        }
        String version = string(operation, "version", where, false);
        JsonValue data = JsonBodies.member(operation, "data");
        if (data != null && data != JsonValue.NULL && data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidSyntax(where + " has a \"data\" that is not an object.");
        }
        JsonObject body = data == null || data == JsonValue.NULL ? null : data.asJsonObject();
        if (body == null && method != BulkMethod.DELETE) {
            throw ScimException.invalidSyntax(where + " is a " + method + " without \"data\".");
        }
        return new BulkOperation(index, method, matcher.group(1), id, bulkId, version, body);
    }

    private static String string(JsonObject operation, String name, String where, boolean required) {
        JsonValue value = JsonBodies.member(operation, name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                throw ScimException.invalidSyntax(where + " has no \"" + name + "\".");
            }
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.invalidSyntax(where + " has a \"" + name + "\" that is not a string.");
        }
        return text.getString();
    }

    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
