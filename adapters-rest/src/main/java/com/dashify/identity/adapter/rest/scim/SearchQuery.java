package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.adapter.rest.scim.schema.ResourceSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.QueryParam;
import java.io.InputStream;
import java.util.Set;

/**
 * The parameters of a search (RFC 7644 §3.4.2): filter, paging (by index, or by cursor as RFC 9865
 * adds), sorting and projection, from the
 * query of a GET or from the body of a {@code POST .search} (§3.4.3), which means the same.
 */
public class SearchQuery {

    @QueryParam("filter")
    String filter;
    @QueryParam("startIndex")
    String startIndex;
    @QueryParam("count")
    String count;
    @QueryParam("sortBy")
    String sortBy;
    @QueryParam("sortOrder")
    String sortOrder;
    // RFC 9865: present (even empty, for the first page) asks for cursor paging.
    @QueryParam("cursor")
    String cursor;
    // The projection parameters again, rather than a @BeanParam nested in a @BeanParam: the simplest form to inject.
    @QueryParam("attributes")
    String attributes;
    @QueryParam("excludedAttributes")
    String excludedAttributes;

    AttributeSelection selection(ResourceSchemas type) {
        return AttributeSelection.of(type, attributes, excludedAttributes);
    }

    /**
     * The search a {@code SearchRequest} body asks for: its members as the GET's query parameters
     * (numbers as their text, the attribute lists joined by commas), read by the same rules; a
     * member of the wrong type is {@code invalidSyntax}, as in any body.
     */
    static SearchQuery of(InputStream body) {
        JsonObject request = ScimBodies.resource(body, ScimUrns.SEARCH_REQUEST, Set.of());
        SearchQuery query = new SearchQuery();
        query.filter = text(request, "filter");
        query.startIndex = number(request, "startIndex");
        query.count = number(request, "count");
        query.sortBy = text(request, "sortBy");
        query.sortOrder = text(request, "sortOrder");
        query.cursor = text(request, "cursor");
        query.attributes = names(request, "attributes");
        query.excludedAttributes = names(request, "excludedAttributes");
        return query;
    }

    private static String text(JsonObject request, String name) {
        return member(request, name, JsonValue.ValueType.STRING, "a string");
    }

    private static String number(JsonObject request, String name) {
        return member(request, name, JsonValue.ValueType.NUMBER, "a number");
    }

    /** A member's value as the text its query parameter would have; null when absent or null. */
    private static String member(JsonObject request, String name, JsonValue.ValueType type, String what) {
        JsonValue value = JsonBodies.member(request, name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != type) {
            throw ScimException.invalidSyntax("'" + name + "' must be " + what + ".");
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** An attribute list: an array of names (RFC 7644 §3.4.3), or one string of comma-separated names. */
    private static String names(JsonObject request, String name) {
        JsonValue value = JsonBodies.member(request, name);
        if (value instanceof JsonArray list) {
            StringBuilder joined = new StringBuilder();
            for (JsonValue item : list) {
                if (!(item instanceof JsonString each)) {
                    throw ScimException.invalidSyntax("'" + name + "' must be a list of attribute names.");
                }
                joined.append(joined.isEmpty() ? "" : ",").append(each.getString());
            }
            return joined.toString();
        }
        return text(request, name);
    }
}
