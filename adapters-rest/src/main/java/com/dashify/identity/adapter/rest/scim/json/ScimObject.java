package com.dashify.identity.adapter.rest.scim.json;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mutable JSON object whose attribute names compare without case, as SCIM's do (RFC 7643
 * §2.1), keeping insertion order and the spelling first given. Values are {@code ScimObject},
 * {@code List<Object>}, {@code String}, {@code Boolean} or {@code BigDecimal}; JSON {@code null}
 * means "unassigned" in SCIM and is not stored.
 */
public final class ScimObject {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> spellings = new HashMap<>();

    public static ScimObject fromJson(JsonObject json) {
        ScimObject object = new ScimObject();
        json.forEach((name, value) -> {
            Object converted = convert(value);
            if (converted != null) {
                object.put(name, converted);
            }
        });
        return object;
    }

    /** Converts any JSON value to the tree's form; {@code null} for JSON null. */
    public static Object convert(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                return fromJson(value.asJsonObject());
            case ARRAY:
                List<Object> list = new ArrayList<>();
                for (JsonValue element : value.asJsonArray()) {
                    Object converted = convert(element);
                    if (converted != null) {
                        list.add(converted);
                    }
                }
                return list;
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                return bounded(((JsonNumber) value).bigDecimalValue());
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** Longest number accepted, in digits or exponent: writing 1e999999999 out would exhaust memory. */
    public static final int MAX_NUMBER_DIGITS = 64;

    /** A number no SCIM attribute needs more digits for; anything larger is refused, not expanded. */
    public static BigDecimal bounded(BigDecimal number) {
        if (Math.abs(number.scale()) > MAX_NUMBER_DIGITS || number.precision() > MAX_NUMBER_DIGITS) {
            throw ScimException.invalidValue("Numbers must have at most " + MAX_NUMBER_DIGITS + " digits.");
        }
        return number;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean has(String name) {
        return spellings.containsKey(key(name));
    }

    public Object get(String name) {
        String spelling = spellings.get(key(name));
        return spelling == null ? null : values.get(spelling);
    }

    /** Sets an attribute, keeping the existing spelling and position if it is there; null removes it. */
    public ScimObject put(String name, Object value) {
        if (value == null) {
            remove(name);
            return this;
        }
        String spelling = spellings.putIfAbsent(key(name), name);
        values.put(spelling == null ? name : spelling, value);
        return this;
    }

    public void remove(String name) {
        String spelling = spellings.remove(key(name));
        if (spelling != null) {
            values.remove(spelling);
        }
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The sub-object at {@code name}, created empty when absent and {@code create} is true. */
    public ScimObject object(String name, boolean create) {
        Object value = get(name);
        if (value instanceof ScimObject object) {
            return object;
        }
        if (!create) {
            return null;
        }
        ScimObject created = new ScimObject();
        put(name, created);
        return created;
    }

    public ScimObject copy() {
        ScimObject copy = new ScimObject();
        values.forEach((name, value) -> copy.put(name, copyOf(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object copyOf(Object value) {
        if (value instanceof ScimObject object) {
            return object.copy();
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : (List<Object>) list) {
                copy.add(copyOf(element));
            }
            return copy;
        }
        return value;
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        values.forEach((name, value) -> builder.add(name, toJsonValue(value)));
        return builder.build();
    }

    private static JsonValue toJsonValue(Object value) {
        if (value instanceof ScimObject object) {
            return object.toJson();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(element -> array.add(toJsonValue(element)));
            JsonArray built = array.build();
            return built;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScimObject object && toJson().equals(object.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
