package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed values out of a SCIM tree, accepting what real directories send: Entra sends
 * booleans as the strings {@code "True"} and {@code "False"}, some clients send numbers where
 * strings are defined, or a single object where an array is. Anything else is 400
 * {@code invalidValue} naming the attribute.
 */
final class ScimValues {

    private ScimValues() {
    }

    static String string(ScimObject object, String name, String path) {
        Object value = object == null ? null : object.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        throw ScimException.invalidValue("'" + path + "' must be a string.");
    }

    static Boolean bool(ScimObject object, String name, String path) {
        Object value = object == null ? null : object.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text) {
            if (text.strip().equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.strip().equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        throw ScimException.invalidValue("'" + path + "' must be true or false.");
    }

    static boolean flag(ScimObject object, String name, String path) {
        return Boolean.TRUE.equals(bool(object, name, path));
    }

    static ScimObject object(ScimObject parent, String name, String path) {
        Object value = parent == null ? null : parent.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof ScimObject object) {
            return object;
        }
        throw ScimException.invalidValue("'" + path + "' must be an object.");
    }

    /**
     * The values of a multi-valued complex attribute. A lone object counts as a list of one; a
     * lone string counts as {@code {"value": string}} when {@code stringsAsValue} (roles are often
     * sent as plain strings).
     */
    static List<ScimObject> objects(ScimObject parent, String name, boolean stringsAsValue) {
        Object value = parent.get(name);
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        List<ScimObject> objects = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof ScimObject object) {
                objects.add(object);
            } else if (stringsAsValue && item instanceof String text) {
                objects.add(new ScimObject().put("value", text));
            } else {
                throw ScimException.invalidValue("'" + name + "' must be an array of objects.");
            }
        }
        return objects;
    }
}
