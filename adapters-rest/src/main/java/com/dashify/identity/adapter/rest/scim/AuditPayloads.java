package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.json.JsonBodies;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Set;

/**
 * What of a request body goes into the audit trail: all of it, except secrets. Attributes named
 * like a credential are dropped wherever they appear, and a PATCH operation whose path names one
 * keeps its path but not its value. Okta sends a password when it creates a user.
 */
final class AuditPayloads {

    private static final Set<String> SECRET_NAMES = Set.of("password", "secret", "token", "accesstoken",
            "access_token", "refreshtoken", "clientsecret", "client_secret", "authorization");
    static final String REDACTED = "[redacted]";

    private AuditPayloads() {
    }

    static String redact(JsonObject body) {
        return redactValue(body).toString();
    }

    private static JsonValue redactValue(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            JsonObjectBuilder copy = Json.createObjectBuilder();
            boolean pathIsSecret = JsonBodies.member(object, "path") instanceof JsonString path
                    && isSecretPath(path.getString());
            object.forEach((name, member) -> {
                if (isSecret(name)) {
                    return;
                }
                copy.add(name, pathIsSecret && name.equalsIgnoreCase("value")
                        ? Json.createValue(REDACTED) : redactValue(member));
            });
            return copy.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder copy = Json.createArrayBuilder();
            value.asJsonArray().forEach(item -> copy.add(redactValue(item)));
            return copy.build();
        }
        return value;
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_NAMES.contains(lower.substring(lower.lastIndexOf(':') + 1));
    }

    private static boolean isSecretPath(String path) {
        String attribute = path.strip();
        int bracket = attribute.indexOf('[');
        if (bracket >= 0) {
            attribute = attribute.substring(0, bracket);
        }
        return isSecret(attribute);
    }
}
