package com.dashify.identity.adapter.rest.scim.schema;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition.Returned;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which attributes a response carries (RFC 7644 §3.4.2.5, §3.9): {@code attributes} and
 * {@code excludedAttributes} of a request, read against the schemas of the resource type and each
 * attribute's {@code returned} (RFC 7643 §7). {@code always} is returned whatever is asked,
 * {@code never} never, {@code request} only when named in {@code attributes}, {@code default}
 * unless {@code attributes} leaves it out or {@code excludedAttributes} names it. Names compare
 * without case, with or without their schema's URN; a sub-attribute ({@code name.givenName},
 * {@code emails.value}) narrows its attribute to the sub-attributes named, and an extension's URN
 * alone names the whole extension. A name that names nothing on the resource type asks for nothing.
 */
public final class AttributeSelection {

    private final ResourceSchemas type;
    /** Whether the request names {@code attributes}, even if none of its names names anything. */
    private final boolean attributesGiven;
    private final Set<Key> requested;
    private final Set<Key> excluded;
    /** The attributes of which {@code attributes} names sub-attributes only. */
    private final Set<Key> narrowed;

    private AttributeSelection(ResourceSchemas type, boolean attributesGiven, Set<Key> requested, Set<Key> excluded) {
        this.type = type;
        this.attributesGiven = attributesGiven;
        this.requested = requested;
        this.excluded = excluded;
        this.narrowed = new HashSet<>();
        requested.stream().filter(key -> key.sub() != null).forEach(key -> narrowed.add(key.parent()));
    }

    /**
     * The selection a request asks for on a resource type. The two parameters are "mutually
     * exclusive" (RFC 7644 §3.9): a request with both is {@code invalidSyntax}.
     *
     * @param attributes         the names in {@code attributes}, comma-separated; null or blank when absent
     * @param excludedAttributes the names in {@code excludedAttributes}, likewise
     */
    public static AttributeSelection of(ResourceSchemas type, String attributes, String excludedAttributes) {
        boolean attributesGiven = attributes != null && !attributes.isBlank();
        if (attributesGiven && excludedAttributes != null && !excludedAttributes.isBlank()) {
            throw ScimException.invalidSyntax("'attributes' and 'excludedAttributes' are mutually exclusive"
                    + " (RFC 7644 §3.9); send one of them.");
        }
        return new AttributeSelection(type, attributesGiven, keys(type, attributes), keys(type, excludedAttributes));
    }

    /** Every attribute returned by default: a request without either parameter. */
    public static AttributeSelection defaults(ResourceSchemas type) {
        return new AttributeSelection(type, false, Set.of(), Set.of());
    }

    /** Whether this selection returns what a request without parameters returns. */
    public boolean isDefault() {
        return !attributesGiven && excluded.isEmpty();
    }

    /**
     * Whether the response carries this top-level attribute of the core schema (or a common one)
     * at all: what lets a costly one ({@code members}, {@code groups}) go unread.
     */
    public boolean wants(String attributeName) {
        return type.unqualified(attributeName).map(path -> wanted(path.schema(), path.attribute())
                && (path.attribute().subAttributes().isEmpty() || !subAttributesOf(attributeName).isEmpty()))
                .orElse(false);
    }

    /** The names of the sub-attributes of a top-level attribute (as {@link #wants}) that the response carries. */
    public List<String> subAttributesOf(String attributeName) {
        Optional<ResolvedPath> path = type.unqualified(attributeName);
        List<String> names = new ArrayList<>();
        path.ifPresent(found -> found.attribute().subAttributes().stream()
                .filter(sub -> wanted(found.schema(), found.attribute(), sub))
                .forEach(sub -> names.add(sub.name())));
        return names;
    }

    /**
     * The resource as this selection shows it: attributes and sub-attributes left out, complex
     * values and extensions that are left empty dropped, and {@code schemas} naming only the
     * extensions still present. Members the schemas do not define are dropped too: a response
     * says nothing that {@code /Schemas} does not describe.
     */
    public JsonObject apply(JsonObject resource) {
        Map<String, JsonValue> kept = new LinkedHashMap<>();
        Set<String> extensionsKept = new HashSet<>();
        for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
            String name = member.getKey();
            if (name.equals("schemas")) {
                continue;
            }
            Optional<SchemaDefinition> extension = type.extension(name);
            JsonValue value;
            if (extension.isPresent()) {
                value = member.getValue() instanceof JsonObject object ? attributes(extension.get(), object) : null;
                if (value != null) {
                    extensionsKept.add(name.toLowerCase(Locale.ROOT));
                }
            } else {
                value = type.unqualified(name).map(path -> value(path.schema(), path.attribute(), member.getValue()))
                        .orElse(null);
            }
            if (value != null) {
                kept.put(name, value);
            }
        }
        JsonObjectBuilder result = JSON.createObjectBuilder();
        JsonArray schemas = resource.getJsonArray("schemas");
        if (schemas != null) {
            JsonArrayBuilder named = JSON.createArrayBuilder();
            schemas.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .filter(urn -> urn.equalsIgnoreCase(type.core().id())
                            || extensionsKept.contains(urn.toLowerCase(Locale.ROOT)))
                    .forEach(named::add);
            result.add("schemas", named);
        }
        kept.forEach(result::add);
        return result.build();
    }

    /** An extension's object with only the attributes selected; null when none is left. */
    private JsonObject attributes(SchemaDefinition schema, JsonObject object) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        boolean any = false;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Optional<AttributeDefinition> attribute = schema.attribute(member.getKey());
            JsonValue value = attribute.map(found -> value(schema, found, member.getValue())).orElse(null);
            if (value != null) {
                kept.add(member.getKey(), value);
                any = true;
            }
        }
        return any ? kept.build() : null;
    }

    /** An attribute's value as selected: null when it is left out or nothing of it is left. */
    private JsonValue value(SchemaDefinition schema, AttributeDefinition attribute, JsonValue value) {
        if (!wanted(schema, attribute)) {
            return null;
        }
        if (!attribute.isComplex()) {
            return value;
        }
        if (value instanceof JsonObject object) {
            return subAttributes(schema, attribute, object);
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder kept = JSON.createArrayBuilder();
            boolean any = false;
            for (JsonValue element : array) {
                JsonValue selected = element instanceof JsonObject object
                        ? subAttributes(schema, attribute, object) : element;
                if (selected != null) {
                    kept.add(selected);
                    any = true;
                }
            }
            return any ? kept.build() : null;
        }
        return value;
    }

    private JsonObject subAttributes(SchemaDefinition schema, AttributeDefinition attribute, JsonObject object) {
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        boolean any = false;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            Optional<AttributeDefinition> sub = attribute.subAttribute(member.getKey());
            if (sub.isPresent() && wanted(schema, attribute, sub.get())) {
                kept.add(member.getKey(), member.getValue());
                any = true;
            }
        }
        return any ? kept.build() : null;
    }

    private boolean wanted(SchemaDefinition schema, AttributeDefinition attribute) {
        Key key = Key.of(schema, attribute, null);
        return decided(attribute.returned()).orElseGet(() -> {
            if (excluded.contains(key) || named(excluded, schema)) {
                return false;
            }
            if (attributesGiven) {
                return requested.contains(key) || narrowed.contains(key)
                        || (named(requested, schema) && attribute.returned() == Returned.DEFAULT);
            }
            return attribute.returned() == Returned.DEFAULT;
        });
    }

    /**
     * A sub-attribute of an attribute that is returned: as by default, unless {@code attributes}
     * names sub-attributes of it, and not it whole; then only those. {@code request} ones only
     * when named, as at the top.
     */
    private boolean wanted(SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition sub) {
        Key key = Key.of(schema, attribute, sub);
        return decided(sub.returned()).orElseGet(() -> {
            if (excluded.contains(key)) {
                return false;
            }
            Key parent = key.parent();
            boolean wholeAsked = requested.contains(parent) || named(requested, schema);
            if (narrowed.contains(parent) && !wholeAsked && attribute.returned() != Returned.ALWAYS) {
                return requested.contains(key);
            }
            return sub.returned() == Returned.DEFAULT || requested.contains(key);
        });
    }

    /** Whether the names include a whole schema: this one, or the core one, which stands for the common too. */
    private boolean named(Set<Key> names, SchemaDefinition schema) {
        return names.contains(Key.whole(schema))
                || (schema == UserSchemas.COMMON && names.contains(Key.whole(type.core())));
    }

    /** {@code always} and {@code never} decide alone, whatever the request says. */
    private static Optional<Boolean> decided(Returned returned) {
        return returned == Returned.ALWAYS ? Optional.of(true)
                : returned == Returned.NEVER ? Optional.of(false) : Optional.empty();
    }

    private static Set<Key> keys(ResourceSchemas type, String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        Set<Key> keys = new HashSet<>();
        Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> resolve(type, name).ifPresent(keys::add));
        return Set.copyOf(keys);
    }

    /**
     * What a name in a request names on the resource type, if anything: the core schema's URN
     * alone names every attribute of the core schema and the common ones; otherwise the type reads
     * it as it reads a filter's or a PATCH's path.
     */
    private static Optional<Key> resolve(ResourceSchemas type, String name) {
        if (name.equalsIgnoreCase(type.core().id())) {
            return Optional.of(Key.whole(type.core()));
        }
        return type.resolveName(name).map(found -> found.isWholeExtension()
                ? Key.whole(found.schema()) : Key.of(found.schema(), found.attribute(), found.sub()));
    }

    /** A schema, an attribute of it (null: the whole schema) and a sub-attribute (null: the whole attribute). */
    private record Key(String schema, String attribute, String sub) {

        static Key of(SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition sub) {
            return new Key(schema.id().toLowerCase(Locale.ROOT),
                    attribute == null ? null : attribute.name().toLowerCase(Locale.ROOT),
                    sub == null ? null : sub.name().toLowerCase(Locale.ROOT));
        }

        /** The whole schema. */
        static Key whole(SchemaDefinition schema) {
            return Key.of(schema, null, null);
        }

        Key parent() {
            return new Key(schema, attribute, null);
        }
    }
}
