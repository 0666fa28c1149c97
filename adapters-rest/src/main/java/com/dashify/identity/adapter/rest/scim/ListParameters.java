package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.UserSort;
import java.util.Locale;
import java.util.Map;

/**
 * The paging and sorting parameters of a SCIM search (RFC 7644 §3.4.2.3, §3.4.2.4), read the way
 * the RFC asks: {@code startIndex} below 1 means 1, a negative {@code count} means 0, and
 * {@code count} is capped at {@link #MAX_COUNT} (the {@code maxResults} announced in
 * ServiceProviderConfig). Values that are not integers are 400 {@code invalidValue}. Users and
 * Groups read them alike; only what they can be sorted by differs.
 *
 * @param <S> the sort order of the resource type searched
 */
record ListParameters<S>(long startIndex, int count, S sort) {

    static final int MAX_COUNT = 200;
    static final int DEFAULT_COUNT = 100;

    private static final Map<String, SortField> USER_SORTABLE = Map.of(
            "username", SortField.USER_NAME,
            "externalid", SortField.EXTERNAL_ID,
            "displayname", SortField.DISPLAY_NAME,
            "name.givenname", SortField.GIVEN_NAME,
            "name.familyname", SortField.FAMILY_NAME,
            "meta.created", SortField.CREATED,
            "meta.lastmodified", SortField.LAST_MODIFIED);

    private static final Map<String, GroupSort.Field> GROUP_SORTABLE = Map.of(
            "displayname", GroupSort.Field.DISPLAY_NAME,
            "externalid", GroupSort.Field.EXTERNAL_ID,
            "meta.created", GroupSort.Field.CREATED,
            "meta.lastmodified", GroupSort.Field.LAST_MODIFIED);

    /** The parameters of a search of Users. */
    static ListParameters<UserSort> of(String startIndex, String count, String sortBy, String sortOrder) {
        boolean descending = descending(sortOrder);
        SortField field = sortBy == null || sortBy.isBlank() ? UserSort.DEFAULT.field()
                : sortable(USER_SORTABLE, ScimUrns.USER, sortBy, "userName, externalId, displayName, name.givenName,"
                        + " name.familyName, meta.created or meta.lastModified");
        return new ListParameters<>(start(startIndex), size(count), new UserSort(field, descending));
    }

    /** The parameters of a search of Groups. */
    static ListParameters<GroupSort> ofGroups(String startIndex, String count, String sortBy, String sortOrder) {
        boolean descending = descending(sortOrder);
        GroupSort.Field field = sortBy == null || sortBy.isBlank() ? GroupSort.DEFAULT.field()
                : sortable(GROUP_SORTABLE, ScimUrns.GROUP, sortBy,
                        "displayName, externalId, meta.created or meta.lastModified");
        return new ListParameters<>(start(startIndex), size(count), new GroupSort(field, descending));
    }

    PageRequest page() {
        return new PageRequest(startIndex - 1, count);
    }

    private static long start(String startIndex) {
        return Math.max(1, integer("startIndex", startIndex, 1));
    }

    private static int size(String count) {
        return (int) Math.min(MAX_COUNT, Math.max(0, integer("count", count, DEFAULT_COUNT)));
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

    private static boolean descending(String sortOrder) {
        if (sortOrder == null || sortOrder.isBlank()) {
            return false;
        }
        return switch (sortOrder.strip().toLowerCase(Locale.ROOT)) {
            case "ascending" -> false;
            case "descending" -> true;
            default -> throw ScimException.invalidValue("'sortOrder' must be 'ascending' or 'descending'.");
        };
    }

    /** The field {@code sortBy} names, with or without the resource's schema URN. */
    private static <F> F sortable(Map<String, F> fields, String schemaUrn, String sortBy, String supported) {
        String key = sortBy.strip().toLowerCase(Locale.ROOT);
        String prefix = schemaUrn.toLowerCase(Locale.ROOT) + ":";
        key = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
        F field = fields.get(key);
        if (field == null) {
            throw ScimException.invalidValue("Sorting by '" + (sortBy.length() > 80 ? sortBy.substring(0, 80) : sortBy)
                    + "' is not supported; use " + supported + ".");
        }
        return field;
    }
}
