package com.dashify.identity.adapter.rest.scim.patch;

import com.dashify.identity.adapter.rest.scim.filter.AttributePath;
import com.dashify.identity.adapter.rest.scim.filter.Filter;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Evaluates the value filter of a PATCH path on one value of a multi-valued attribute. */
final class ValueFilterMatcher {

    /** The sub-attributes that tell values apart by their role, not their content. */
    private static final Set<String> SLOT_ATTRIBUTES = Set.of("type", "primary");

    private final AttributeDefinition attribute;

    ValueFilterMatcher(AttributeDefinition attribute) {
        this.attribute = attribute;
    }

    boolean matches(Filter filter, ScimObject value) {
        if (filter instanceof Filter.And and) {
            return matches(and.left(), value) && matches(and.right(), value);
        }
        if (filter instanceof Filter.Or or) {
            return matches(or.left(), value) || matches(or.right(), value);
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.operand(), value);
        }
        if (filter instanceof Filter.Present present) {
            return value.get(sub(present.path()).name()) != null;
        }
        if (filter instanceof Filter.Comparison comparison) {
            AttributeDefinition sub = sub(comparison.path());
            return compare(value.get(sub.name()), comparison.operator(), comparison.value().value(), sub);
        }
        throw ScimException.invalidPath("Value filters cannot nest inside a value filter.");
    }

    /**
     * What a filter that names a slot rather than a value pins down: {@code type eq "work"},
     * {@code primary eq "True"}, or both joined by {@code and}, so that a value can be created to
     * fill the slot; null when the filter compares anything else (such as {@code value eq "x"},
     * which names one particular value).
     */
    Map<String, Object> slot(Filter filter) {
        Map<String, Object> pinned = new LinkedHashMap<>();
        return collectSlot(filter, pinned) ? pinned : null;
    }

    private boolean collectSlot(Filter filter, Map<String, Object> pinned) {
        if (filter instanceof Filter.And and) {
            return collectSlot(and.left(), pinned) && collectSlot(and.right(), pinned);
        }
        if (filter instanceof Filter.Comparison comparison && comparison.operator() == Filter.Operator.EQ
                && comparison.value().value() != null) {
            String name = sub(comparison.path()).name();
            if (SLOT_ATTRIBUTES.contains(name) && !pinned.containsKey(name)) {
                pinned.put(name, comparison.value().value());
                return true;
            }
        }
        return false;
    }

    private AttributeDefinition sub(AttributePath path) {
        if (path.schema() != null || path.subAttribute() != null) {
            throw ScimException.invalidPath("'" + path.abbreviated() + "' is not a sub-attribute of '"
                    + attribute.name() + "'.");
        }
        return attribute.subAttribute(path.attribute()).orElseThrow(() -> ScimException.invalidPath(
                "'" + AttributePath.abbreviate(path.attribute()) + "' is not a sub-attribute of '"
                        + attribute.name() + "'."));
    }

    private static boolean compare(Object actual, Filter.Operator operator, Object wanted, AttributeDefinition sub) {
        if (actual == null || wanted == null) {
            return operator == Filter.Operator.NE && (actual == null) != (wanted == null);
        }
        if (sub.type() == AttributeDefinition.Type.BOOLEAN) {
            Boolean a = asBoolean(actual);
            Boolean w = asBoolean(wanted);
            boolean equal = a != null && a.equals(w);
            return switch (operator) {
                case EQ -> equal;
                case NE -> !equal;
                default -> false;
            };
        }
        String a = text(actual);
        String w = text(wanted);
        if (!sub.caseExact()) {
            a = a.toLowerCase(Locale.ROOT);
            w = w.toLowerCase(Locale.ROOT);
        }
        return switch (operator) {
            case EQ -> a.equals(w);
            case NE -> !a.equals(w);
            case CO -> a.contains(w);
            case SW -> a.startsWith(w);
            case EW -> a.endsWith(w);
            case GT -> a.compareTo(w) > 0;
            case GE -> a.compareTo(w) >= 0;
            case LT -> a.compareTo(w) < 0;
            case LE -> a.compareTo(w) <= 0;
        };
    }

    private static Boolean asBoolean(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
