package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.PatchPath;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition;
import com.dashify.identity.adapter.rest.scim.schema.ResolvedPath;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import com.dashify.identity.adapter.rest.scim.schema.SchemaDefinition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What of a SCIM request body goes into the audit trail: an allowlist, the attributes of the
 * schemas this service serves (User and the enterprise extension for users, Group for groups,
 * {@code externalId}) and the members of a PatchOp, never the raw request. Whatever else was
 * sent (a password, which Okta
 * sends on create, or attributes nobody declared) is left out, and only its name is kept under
 * {@code notRecorded}, so the trail still shows that the directory sent it. A PATCH operation
 * whose path is outside the allowlist keeps its op and path, not its value.
 */
final class AuditPayloads {

    static final String NOT_RECORDED = "[not recorded]";
    private static final int MAX_LISTED_NAMES = 20;
    private static final int MAX_NAME_LENGTH = 64;

    private AuditPayloads() {
    }

    /** The schemas a request's attributes are allowed by: User and its extension. */
    private static final ResourceSchemas USERS = ResourceSchemas.USER;

    /** Groups have no extension this service keeps: Entra's group URN only ever appears in {@code schemas}. */
    private static final ResourceSchemas GROUPS = ResourceSchemas.GROUP;

    /** The allowed part of a User resource (POST, PUT) or of a PatchOp on a user (PATCH). */
    static String allowed(JsonObject body) {
        return allowed(body, USERS);
    }

    /** The allowed part of a Group resource (POST, PUT) or of a PatchOp on a group (PATCH). */
    static String allowedForGroup(JsonObject body) {
        return allowed(body, GROUPS);
    }

    private static String allowed(JsonObject body, ResourceSchemas vocabulary) {
        Set<String> left = new LinkedHashSet<>();
        JsonObjectBuilder allowed = JsonBodies.member(body, "Operations") != null ? patch(body, vocabulary, left)
                : resource(body, vocabulary, left);
        if (!left.isEmpty()) {
            JsonArrayBuilder names = JSON.createArrayBuilder();
            left.stream().limit(MAX_LISTED_NAMES).forEach(names::add);
            allowed.add("notRecorded", names);
        }
        return allowed.build().toString();
    }

    private static JsonObjectBuilder patch(JsonObject body, ResourceSchemas vocabulary, Set<String> left) {
        JsonObjectBuilder allowed = JSON.createObjectBuilder();
        body.forEach((name, value) -> {
            if (name.equalsIgnoreCase("schemas")) {
                allowed.add(name, strings(value));
            } else if (name.equalsIgnoreCase("Operations") && value.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArrayBuilder operations = JSON.createArrayBuilder();
                value.asJsonArray().forEach(operation -> operations.add(operation(operation, vocabulary, left)));
                allowed.add(name, operations);
            } else {
                left.add(listed(name));
            }
        });
        return allowed;
    }

    private static JsonValue operation(JsonValue operation, ResourceSchemas vocabulary, Set<String> left) {
        if (operation.getValueType() != JsonValue.ValueType.OBJECT) {
            return notRecorded();
        }
        JsonObject given = operation.asJsonObject();
        JsonObjectBuilder allowed = JSON.createObjectBuilder();
        JsonValue path = JsonBodies.member(given, "path");
        given.forEach((name, value) -> {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "op", "path" -> allowed.add(name, value instanceof JsonString ? value : notRecorded());
                case "value" -> allowed.add(name, operationValue(path, value, vocabulary, left));
                default -> left.add(listed(name));
            }
        });
        return allowed.build();
    }

    /** With a path, as far as its attribute allows; without one, an object of attributes like a resource. */
    private static JsonValue operationValue(JsonValue path, JsonValue value, ResourceSchemas vocabulary,
                                            Set<String> left) {
        if (path instanceof JsonString text) {
            return valueAt(text.getString(), value, vocabulary, left);
        }
        return value.getValueType() == JsonValue.ValueType.OBJECT
                ? resource(value.asJsonObject(), vocabulary, left).build() : notRecorded();
    }

    private static JsonValue notRecorded() {
        return JSON.createValue(NOT_RECORDED);
    }

    /** The value of an operation with a path: kept as far as the path's attribute allows. */
    private static JsonValue valueAt(String pathText, JsonValue value, ResourceSchemas vocabulary, Set<String> left) {
        Optional<ResolvedPath> resolved;
        try {
            PatchPath path = FilterParser.parsePath(pathText);
            String sub = path.subAttribute() != null ? path.subAttribute() : path.attribute().subAttribute();
            resolved = vocabulary.resolve(path.attribute().schema(), path.attribute().attribute(), sub);
        } catch (ScimException notAPath) {
            resolved = Optional.empty();
        }
        if (resolved.isEmpty()) {
            left.add(listed(pathText));
            return notRecorded();
        }
        ResolvedPath target = resolved.get();
        if (target.attribute() == null) {
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    ? attributesOf(target.schema(), value.asJsonObject(), left).build() : notRecorded();
        }
        return valueOf(target.sub() != null ? target.sub() : target.attribute(), value, left);
    }

    /** A resource, or the value of a path-less operation: attribute names may carry a URN or a dot. */
    private static JsonObjectBuilder resource(JsonObject body, ResourceSchemas vocabulary, Set<String> left) {
        JsonObjectBuilder allowed = JSON.createObjectBuilder();
        body.forEach((name, value) -> {
            if (name.equalsIgnoreCase("schemas")) {
                allowed.add(name, strings(value));
                return;
            }
            Optional<SchemaDefinition> extension = vocabulary.extension(name);
            if (extension.isPresent() && value.getValueType() == JsonValue.ValueType.OBJECT) {
                allowed.add(name, attributesOf(extension.get(), value.asJsonObject(), left));
                return;
            }
            Optional<AttributeDefinition> attribute = attributeNamed(name, vocabulary);
            if (attribute.isPresent()) {
                allowed.add(name, valueOf(attribute.get(), value, left));
            } else {
                left.add(listed(name));
            }
        });
        return allowed;
    }

    private static JsonObjectBuilder attributesOf(SchemaDefinition schema, JsonObject members, Set<String> left) {
        JsonObjectBuilder allowed = JSON.createObjectBuilder();
        members.forEach((name, value) -> schema.attribute(name).ifPresentOrElse(
                attribute -> allowed.add(name, valueOf(attribute, value, left)), () -> left.add(listed(name))));
        return allowed;
    }

    /**
     * The definition a name gives: {@code userName}, {@code name.givenName}, {@code urn:…:User:title},
     * {@code urn:…:enterprise:2.0:User:department}.
     */
    private static Optional<AttributeDefinition> attributeNamed(String name, ResourceSchemas vocabulary) {
        return vocabulary.resolveName(name).filter(path -> path.attribute() != null)
                .map(path -> path.sub() != null ? path.sub() : path.attribute());
    }

    /** A value as its attribute's definition allows: sub-attributes of complex values are allowlisted too. */
    private static JsonValue valueOf(AttributeDefinition attribute, JsonValue value, Set<String> left) {
        return switch (value.getValueType()) {
            case ARRAY -> {
                JsonArrayBuilder items = JSON.createArrayBuilder();
                value.asJsonArray().forEach(item -> items.add(valueOf(attribute, item, left)));
                yield items.build();
            }
            case OBJECT -> {
                JsonObjectBuilder allowed = JSON.createObjectBuilder();
                value.asJsonObject().forEach((name, member) -> attribute.subAttribute(name).ifPresentOrElse(
                        sub -> allowed.add(name, member.getValueType() == JsonValue.ValueType.OBJECT
                                || member.getValueType() == JsonValue.ValueType.ARRAY
                                ? notRecorded() : member),
                        () -> left.add(listed(attribute.name() + "." + name))));
                yield allowed.build();
            }
            default -> value;
        };
    }

    private static JsonValue strings(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            return notRecorded();
        }
        JsonArrayBuilder urns = JSON.createArrayBuilder();
        value.asJsonArray().stream().filter(JsonString.class::isInstance).forEach(urns::add);
        return urns.build();
    }

    private static String listed(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH) + "…";
    }
}
