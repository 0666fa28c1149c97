package com.dashify.identity.adapter.rest.scim.patch;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.filter.AttributePath;
import com.dashify.identity.adapter.rest.scim.filter.Filter;
import com.dashify.identity.adapter.rest.scim.filter.FilterParser;
import com.dashify.identity.adapter.rest.scim.filter.PatchPath;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeDefinition;
import com.dashify.identity.adapter.rest.scim.schema.ResolvedPath;
import com.dashify.identity.adapter.rest.scim.schema.UserSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a User's writable attributes, in order, on a copy:
 * either all apply and the caller gets the result, or one fails and the caller gets the error
 * with nothing changed. Each path is checked against the schema before anything is written:
 * unknown attributes are 400 {@code invalidPath}, read-only ones ({@code id}, {@code meta},
 * {@code groups}) 400 {@code mutability}.
 *
 * <p>What directories send beyond the RFC's examples is handled on purpose: operation names in
 * any case (Entra), path-less operations whose value keys are themselves paths such as
 * {@code name.givenName} or URN-qualified extension attributes (Entra, Okta), and an add or
 * replace on {@code emails[type eq "work"].value} when no work e-mail exists yet, which creates
 * it (Entra) where the RFC would answer {@code noTarget}. Only a filter that names a slot, by
 * {@code type} and {@code primary} alone, creates a value this way, as Entra's attribute mappings
 * address values ({@code phoneNumbers[type eq "mobile"].value}, {@code roles[primary eq "True"].value});
 * a filter on anything else names one particular value, and when it matches nothing the answer is
 * 400 {@code noTarget} (RFC 7644 §3.5.2.3), so that {@code roles[value eq "x"]} never invents a role.
 */
public final class PatchEngine {

    private final ScimObject resource;

    private PatchEngine(ScimObject resource) {
        this.resource = resource;
    }

    /** Returns a patched copy of {@code resource}; {@code resource} itself is not changed. */
    public static ScimObject apply(ScimObject resource, List<PatchOperation> operations) {
        PatchEngine engine = new PatchEngine(resource.copy());
        operations.forEach(engine::apply);
        return engine.resource;
    }

    private void apply(PatchOperation operation) {
        if (operation.path() != null) {
            applyAt(operation.op(), FilterParser.parsePath(operation.path()), operation.value());
            return;
        }
        if (operation.op() == PatchOperation.Op.REMOVE) {
            throw ScimException.noTarget("A remove operation needs a path.");
        }
        if (!(operation.value() instanceof ScimObject attributes)) {
            throw ScimException.invalidValue("An operation without a path needs an object of attributes as its value.");
        }
        for (String name : attributes.names()) {
            if (!name.equalsIgnoreCase("schemas")) {
                applyAt(operation.op(), FilterParser.parsePath(name), attributes.get(name));
            }
        }
    }

    private void applyAt(PatchOperation.Op op, PatchPath path, Object value) {
        AttributePath target = path.attribute();
        if (isPassword(target)) {
            return; // Provisioned users sign in through SSO: a password is accepted and never kept.
        }
        ResolvedPath resolved = UserSchemas.resolve(target.schema(), target.attribute(), target.subAttribute())
                .orElseThrow(() -> ScimException.invalidPath("'" + target.abbreviated()
                        + "' is not an attribute of User."));
        if (resolved.isWholeExtension()) {
            applyToExtension(op, path, value);
            return;
        }
        if (resolved.isReadOnly()) {
            throw ScimException.mutability("'" + target.abbreviated() + "' is read-only.");
        }
        ScimObject container = resolved.isExtension()
                ? resource.object(ScimUrns.ENTERPRISE_USER, op != PatchOperation.Op.REMOVE) : resource;
        if (container == null) {
            return;
        }
        AttributeDefinition attribute = resolved.attribute();
        if (path.valueFilter() != null) {
            if (!attribute.multiValued()) {
                throw ScimException.invalidPath("'" + attribute.name() + "' is not multi-valued; it takes no filter.");
            }
            AttributeDefinition sub = null;
            if (path.subAttribute() != null) {
                sub = attribute.subAttribute(path.subAttribute()).orElseThrow(() -> ScimException.invalidPath(
                        "'" + AttributePath.abbreviate(path.subAttribute()) + "' is not a sub-attribute of '"
                                + attribute.name() + "'."));
                if (sub.isReadOnly()) {
                    throw ScimException.mutability("'" + attribute.name() + "." + sub.name() + "' is read-only.");
                }
            }
            applyFiltered(op, container, attribute, path.valueFilter(), sub, value);
        } else if (resolved.sub() != null) {
            applyToSubAttribute(op, container, attribute, resolved.sub(), value);
        } else {
            applyToAttribute(op, container, attribute, value);
        }
        if (resolved.isExtension() && container.isEmpty()) {
            resource.remove(ScimUrns.ENTERPRISE_USER);
        }
    }

    private static boolean isPassword(AttributePath target) {
        return target.attribute().equalsIgnoreCase("password") && target.subAttribute() == null
                && (target.schema() == null || target.schema().equalsIgnoreCase(ScimUrns.USER));
    }

    private void applyToExtension(PatchOperation.Op op, PatchPath path, Object value) {
        if (path.valueFilter() != null) {
            throw ScimException.invalidPath("A schema URN takes no filter.");
        }
        if (op == PatchOperation.Op.REMOVE) {
            resource.remove(ScimUrns.ENTERPRISE_USER);
            return;
        }
        if (!(value instanceof ScimObject attributes)) {
            throw ScimException.invalidValue("The value for '" + ScimUrns.ENTERPRISE_USER + "' must be an object.");
        }
        for (String name : attributes.names()) {
            applyAt(op, FilterParser.parsePath(ScimUrns.ENTERPRISE_USER + ":" + name), attributes.get(name));
        }
    }

    private static void applyToAttribute(PatchOperation.Op op, ScimObject container, AttributeDefinition attribute,
                                         Object value) {
        String name = attribute.name();
        if (op == PatchOperation.Op.REMOVE) {
            if (attribute.multiValued() && value != null) {
                removeListedValues(container, name, value);
            } else {
                container.remove(name);
            }
            return;
        }
        if (value == null) {
            container.remove(name);
            return;
        }
        if (attribute.multiValued()) {
            List<Object> incoming = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
            List<Object> values = op == PatchOperation.Op.ADD ? list(container, name) : new ArrayList<>();
            for (Object item : incoming) {
                if (!values.contains(item)) {
                    values.add(item);
                }
            }
            keepOnePrimary(values, incoming);
            putList(container, name, values);
        } else if (attribute.isComplex()) {
            if (value instanceof ScimObject sub) {
                // RFC 7644 §3.5.2.3: sub-attributes not given are left unchanged.
                ScimObject target = container.object(name, true);
                sub.names().forEach(subName -> target.put(subName, sub.get(subName)));
            } else if (name.equals("manager")) {
                // Entra sends the manager as the manager's id, a bare string.
                container.object(name, true).put("value", value);
            } else {
                throw ScimException.invalidValue("The value for '" + name + "' must be an object.");
            }
        } else {
            container.put(name, value);
        }
    }

    private static void applyToSubAttribute(PatchOperation.Op op, ScimObject container, AttributeDefinition attribute,
                                            AttributeDefinition sub, Object value) {
        boolean remove = op == PatchOperation.Op.REMOVE || value == null;
        if (attribute.multiValued()) {
            List<Object> values = list(container, attribute.name());
            if (values.isEmpty() && !remove) {
                values.add(new ScimObject());
            }
            for (Object item : values) {
                if (item instanceof ScimObject element) {
                    element.put(sub.name(), remove ? null : value);
                }
            }
            putList(container, attribute.name(), values);
            return;
        }
        ScimObject target = container.object(attribute.name(), !remove);
        if (target == null) {
            return;
        }
        target.put(sub.name(), remove ? null : value);
        if (target.isEmpty()) {
            container.remove(attribute.name());
        }
    }

    private static void applyFiltered(PatchOperation.Op op, ScimObject container, AttributeDefinition attribute,
                                      Filter filter, AttributeDefinition sub, Object value) {
        ValueFilterMatcher matcher = new ValueFilterMatcher(attribute);
        List<Object> values = list(container, attribute.name());
        List<Object> touched = new ArrayList<>();
        boolean matched = false;
        for (int i = values.size() - 1; i >= 0; i--) {
            if (!(values.get(i) instanceof ScimObject element) || !matcher.matches(filter, element)) {
                continue;
            }
            matched = true;
            if (op == PatchOperation.Op.REMOVE) {
                if (sub != null) {
                    element.remove(sub.name());
                }
                // Without its value (emails[type eq "work"].value) a value is gone as a whole.
                boolean valueless = attribute.subAttribute("value").isPresent() && element.get("value") == null;
                if (sub == null || valueless || element.isEmpty()) {
                    values.remove(i);
                }
            } else if (sub != null) {
                element.put(sub.name(), value);
                touched.add(element);
            } else if (value instanceof ScimObject replacement) {
                if (op == PatchOperation.Op.REPLACE) {
                    values.set(i, replacement.copy());
                    touched.add(values.get(i));
                } else {
                    replacement.names().forEach(name -> element.put(name, replacement.get(name)));
                    touched.add(element);
                }
            } else {
                throw ScimException.invalidValue("The value for '" + attribute.name() + "[...]' must be an object.");
            }
        }
        if (!matched && op != PatchOperation.Op.REMOVE) {
            Map<String, Object> slot = matcher.slot(filter);
            if (slot == null) {
                throw ScimException.noTarget("No value of '" + attribute.name() + "' matches the filter.");
            }
            ScimObject created = new ScimObject();
            slot.forEach(created::put);
            if (sub != null) {
                created.put(sub.name(), value);
            } else if (value instanceof ScimObject given) {
                given.names().forEach(name -> created.put(name, given.get(name)));
            }
            values.add(created);
            touched.add(created);
        }
        keepOnePrimary(values, touched);
        putList(container, attribute.name(), values);
    }

    /**
     * RFC 7644 §3.5.2: when a value is made primary, the others stop being primary.
     */
    private static void keepOnePrimary(List<Object> values, List<Object> touched) {
        Object primary = touched.stream().filter(PatchEngine::isPrimary).reduce((first, second) -> second)
                .orElse(null);
        if (primary == null) {
            return;
        }
        for (Object value : values) {
            if (value != primary && value instanceof ScimObject element && isPrimary(element)) {
                element.put("primary", Boolean.FALSE);
            }
        }
    }

    private static boolean isPrimary(Object value) {
        if (!(value instanceof ScimObject element)) {
            return false;
        }
        Object primary = element.get("primary");
        return Boolean.TRUE.equals(primary) || (primary instanceof String text && text.equalsIgnoreCase("true"));
    }

    /** Removes the values listed in a remove operation's value, matched by their {@code value}. */
    private static void removeListedValues(ScimObject container, String name, Object listed) {
        List<Object> values = list(container, name);
        List<?> toRemove = listed instanceof List<?> list ? list : List.of(listed);
        for (Object item : toRemove) {
            Object wanted = item instanceof ScimObject object ? object.get("value") : item;
            values.removeIf(existing -> existing instanceof ScimObject element && wanted != null
                    && String.valueOf(wanted).equalsIgnoreCase(String.valueOf(element.get("value"))));
        }
        putList(container, name, values);
    }

    private static List<Object> list(ScimObject container, String name) {
        Object current = container.get(name);
        if (current instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return current == null ? new ArrayList<>() : new ArrayList<>(List.of(current));
    }

    private static void putList(ScimObject container, String name, List<Object> values) {
        container.put(name, values.isEmpty() ? null : values);
    }
}
