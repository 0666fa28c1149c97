package com.dashify.identity.adapter.rest.scim.bulk;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a Bulk request's operations are performed, and the {@code bulkId}
 * references between them (RFC 7644 §3.7.2). A reference is a string value {@code bulkId:<id>},
 * whole, in an operation's path or anywhere in its data; it names the resource the POST with that
 * {@code bulkId} creates. Operations run in request order, except that an operation runs after
 * every POST it refers to, even one placed later (a forward reference).
 *
 * <p>Refused as a whole, before anything is performed (400 {@code invalidValue}): a {@code bulkId}
 * given twice, and circular references (A refers to B, which refers to A). RFC 7644 §3.7.1 asks a
 * server to try to resolve the latter and lets it stop with 409; this one refuses them up front,
 * so that none of the cycle is created half-linked. A client creates the resources, then links
 * them with a PATCH.
 */
public final class BulkPlan {

    /** What a value starts with when it refers to another operation's resource. */
    public static final String PREFIX = "bulkId:";

    private final List<BulkOperation> order;
    private final Map<String, BulkOperation> definitions;
    private final Map<Integer, Set<String>> references;

    private BulkPlan(List<BulkOperation> order, Map<String, BulkOperation> definitions,
                     Map<Integer, Set<String>> references) {
        this.order = List.copyOf(order);
        this.definitions = definitions;
        this.references = references;
    }

    /** Plans the operations of one request; refuses duplicate {@code bulkId}s and circular references. */
    public static BulkPlan of(List<BulkOperation> operations) {
        Map<String, BulkOperation> definitions = new HashMap<>();
        Map<String, BulkOperation> named = new HashMap<>();
        Map<Integer, Set<String>> references = new HashMap<>();
        for (BulkOperation operation : operations) {
            if (operation.bulkId() != null) {
                BulkOperation before = named.putIfAbsent(operation.bulkId(), operation);
                if (before != null) {
                    throw ScimException.invalidValue("The bulkId '" + operation.bulkId() + "' is given by operations "
                            + (before.index() + 1) + " and " + (operation.index() + 1) + "; each must be unique.");
                }
                if (operation.method() == BulkMethod.POST) {
                    definitions.put(operation.bulkId(), operation);
                }
            }
            references.put(operation.index(), referencesOf(operation));
        }
        List<BulkOperation> order = new ArrayList<>(operations.size());
        Set<Integer> done = new HashSet<>();
        List<BulkOperation> path = new ArrayList<>();
        for (BulkOperation operation : operations) {
            visit(operation, definitions, references, done, path, order);
        }
        return new BulkPlan(order, definitions, references);
    }

    /** Depth first: an operation's referents before it; one met again on the current path closes a cycle. */
    private static void visit(BulkOperation operation, Map<String, BulkOperation> definitions,
                              Map<Integer, Set<String>> references, Set<Integer> done, List<BulkOperation> path,
                              List<BulkOperation> order) {
        if (done.contains(operation.index())) {
            return;
        }
        if (path.contains(operation)) {
            List<BulkOperation> cycle = new ArrayList<>(path.subList(path.indexOf(operation), path.size()));
            cycle.add(operation);
            throw ScimException.invalidValue("Circular bulkId references: " + String.join(" -> ",
                    cycle.stream().map(BulkPlan::label).toList()) + ". Nothing was performed; create the"
                    + " resources first, then link them with a PATCH.");
        }
        path.add(operation);
        for (String reference : references.get(operation.index())) {
            BulkOperation referent = definitions.get(reference);
            if (referent != null) {
                visit(referent, definitions, references, done, path, order);
            }
        }
        path.remove(path.size() - 1);
        done.add(operation.index());
        order.add(operation);
    }

    private static String label(BulkOperation operation) {
        return operation.bulkId() != null ? "bulkId " + operation.bulkId() : "operation " + (operation.index() + 1);
    }

    /** The operations in the order they are performed. */
    public List<BulkOperation> order() {
        return order;
    }

    /** Whether a POST of this request defines the {@code bulkId}. */
    public boolean defines(String bulkId) {
        return definitions.containsKey(bulkId);
    }

    /** The {@code bulkId}s an operation refers to, in its path and data, in the order met. */
    public Set<String> referencesOf(int index) {
        return references.getOrDefault(index, Set.of());
    }

    private static Set<String> referencesOf(BulkOperation operation) {
        Set<String> found = new LinkedHashSet<>();
        if (operation.id() != null && operation.id().startsWith(PREFIX)) {
            found.add(operation.id().substring(PREFIX.length()));
        }
        if (operation.data() != null) {
            collect(operation.data(), found);
        }
        return found;
    }

    private static void collect(JsonValue value, Set<String> found) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().values().forEach(member -> collect(member, found));
            case ARRAY -> value.asJsonArray().forEach(item -> collect(item, found));
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.startsWith(PREFIX)) {
                    found.add(text.substring(PREFIX.length()));
                }
            }
            default -> {
                // Numbers, booleans and null refer to nothing.
            }
        }
    }

    /**
     * The operation with every reference replaced by the id it names.
     *
     * @param created the ids the POSTs performed so far created, by {@code bulkId}
     * @throws ScimException 400 {@code invalidValue} for a {@code bulkId} no operation of the request
     *                       defines (the request is wrong); 409 for one whose POST failed or was not
     *                       performed (the request may be right, but what it refers to does not exist)
     */
    public BulkOperation resolve(BulkOperation operation, Map<String, String> created) {
        Set<String> wanted = referencesOf(operation.index());
        if (wanted.isEmpty()) {
            return operation;
        }
        for (String reference : wanted) {
            if (!definitions.containsKey(reference)) {
                throw ScimException.invalidValue("No POST of this request has the bulkId '" + reference + "'.");
            }
            if (!created.containsKey(reference)) {
                throw new ScimException(409, null, "The operation with the bulkId '" + reference
                        + "' did not create a resource, so nothing can refer to it.");
            }
        }
        String id = operation.id() != null && operation.id().startsWith(PREFIX)
                ? created.get(operation.id().substring(PREFIX.length())) : operation.id();
        JsonObject data = operation.data() == null ? null : replace(operation.data(), created).asJsonObject();
        return new BulkOperation(operation.index(), operation.method(), operation.resourceType(), id,
                operation.bulkId(), operation.version(), data);
    }

    private static JsonValue replace(JsonValue value, Map<String, String> created) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = JSON.createObjectBuilder();
                value.asJsonObject().forEach((name, member) -> object.add(name, replace(member, created)));
                yield object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(replace(item, created)));
                yield array.build();
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                yield text.startsWith(PREFIX) ? JSON.createValue(created.get(text.substring(PREFIX.length())))
                        : value;
            }
            default -> value;
        };
    }
}
