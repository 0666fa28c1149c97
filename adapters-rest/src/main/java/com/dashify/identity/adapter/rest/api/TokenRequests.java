package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenName;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the body of a token issue request: {@code {"name": ..., "scopes": [...], "expiresInDays": n|null}}. */
final class TokenRequests {

    private static final String SCOPE_NAMES = Arrays.stream(Scope.values()).map(Scope::wireName)
            .collect(Collectors.joining(", "));

    private TokenRequests() {
    }

    /** The request's fields; nothing else of the body is kept, not even for the audit trail. */
    static IssueTokenRequest read(JsonObject body) {
        return new IssueTokenRequest(new TokenName(name(body)), scopes(body), expiresInDays(body));
    }

    /** What an issue request asks for. */
    record IssueTokenRequest(TokenName name, Set<Scope> scopes, Integer expiresInDays) {

        /** The audit payload: the parsed fields only. */
        String auditPayload() {
            JsonArrayBuilder wire = JSON.createArrayBuilder();
            scopes.stream().map(Scope::wireName).sorted().forEach(wire::add);
            JsonObjectBuilder json = JSON.createObjectBuilder().add("name", name.value()).add("scopes", wire);
            if (expiresInDays == null) {
                json.addNull("expiresInDays");
            } else {
                json.add("expiresInDays", expiresInDays);
            }
            return json.build().toString();
        }
    }

    static String name(JsonObject body) {
        JsonValue name = body.get("name");
        if (!(name instanceof JsonString text) || text.getString().isBlank()) {
            throw new ApiException(400, "'name' is required and must be a non-empty string.");
        }
        return text.getString();
    }

    static Set<Scope> scopes(JsonObject body) {
        JsonValue value = body.get("scopes");
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new ApiException(400, "'scopes' must be a non-empty array of scope names (" + SCOPE_NAMES + ").");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (JsonValue item : array) {
            if (!(item instanceof JsonString name)) {
                throw new ApiException(400, "'scopes' must hold scope names (" + SCOPE_NAMES + ").");
            }
            scopes.add(Scope.named(name.getString()).orElseThrow(() -> new ApiException(400,
                    "Unknown scope; the scopes are " + SCOPE_NAMES + ".")));
        }
        return scopes;
    }

    /** The lifetime in days, or null for none (the field absent or null). */
    static Integer expiresInDays(JsonObject body) {
        JsonValue value = body.get("expiresInDays");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new ApiException(400, "'expiresInDays' must be a whole number of days, or null.");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new ApiException(400, "'expiresInDays' is out of range.");
        }
    }
}
