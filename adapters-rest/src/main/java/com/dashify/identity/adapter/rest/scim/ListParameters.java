package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.UserSort;
import java.util.Locale;
import java.util.Map;

/**
 * The paging and sorting parameters of a SCIM search (RFC 7644 §3.4.2.3, §3.4.2.4), read the way
 * the RFC asks: {@code startIndex} below 1 means 1, a negative {@code count} means 0, and
 * {@code count} is capped at {@link #MAX_COUNT} (the {@code maxResults} announced in
 * ServiceProviderConfig). Values that are not integers are 400 {@code invalidValue}.
 */
record ListParameters(long startIndex, int count, UserSort sort) {

    static final int MAX_COUNT = 200;
    static final int DEFAULT_COUNT = 100;

    private static final Map<String, SortField> SORTABLE = Map.of(
            "username", SortField.USER_NAME,
            "externalid", SortField.EXTERNAL_ID,
            "displayname", SortField.DISPLAY_NAME,
            "name.givenname", SortField.GIVEN_NAME,
            "name.familyname", SortField.FAMILY_NAME,
            "meta.created", SortField.CREATED,
            "meta.lastmodified", SortField.LAST_MODIFIED);

    static ListParameters of(String startIndex, String count, String sortBy, String sortOrder) {
        long start = Math.max(1, integer("startIndex", startIndex, 1));
        int size = (int) Math.min(MAX_COUNT, Math.max(0, integer("count", count, DEFAULT_COUNT)));
        return new ListParameters(start, size, sort(sortBy, sortOrder));
    }

    PageRequest page() {
        return new PageRequest(startIndex - 1, count);
    }

    private static long integer(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        if (!text.matches("[+-]?\\d{1,18}")) {
            throw ScimException.invalidValue("'" + name + "' must be an integer.");
        }
        return Long.parseLong(text);
    }

    private static UserSort sort(String sortBy, String sortOrder) {
        boolean descending = false;
        if (sortOrder != null && !sortOrder.isBlank()) {
            switch (sortOrder.strip().toLowerCase(Locale.ROOT)) {
                case "ascending" -> descending = false;
                case "descending" -> descending = true;
                default -> throw ScimException.invalidValue("'sortOrder' must be 'ascending' or 'descending'.");
            }
        }
        if (sortBy == null || sortBy.isBlank()) {
            return new UserSort(UserSort.DEFAULT.field(), descending);
        }
        String key = sortBy.strip().toLowerCase(Locale.ROOT);
        key = key.startsWith("urn:ietf:params:scim:schemas:core:2.0:user:")
                ? key.substring("urn:ietf:params:scim:schemas:core:2.0:user:".length()) : key;
        SortField field = SORTABLE.get(key);
        if (field == null) {
            throw ScimException.invalidValue("Sorting by '" + (sortBy.length() > 80 ? sortBy.substring(0, 80) : sortBy)
                    + "' is not supported; use userName, externalId, displayName, name.givenName, name.familyName,"
                    + " meta.created or meta.lastModified.");
        }
        return new UserSort(field, descending);
    }
}
