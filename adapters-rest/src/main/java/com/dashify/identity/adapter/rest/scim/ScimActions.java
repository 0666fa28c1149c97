package com.dashify.identity.adapter.rest.scim;

import java.util.List;
import java.util.Locale;

/**
 * Names a SCIM request in the audit trail's words, so that a refused request is recorded as what
 * it tried: {@code POST /Users} is {@code user.provision}, {@code PATCH /Users/{id}} is
 * {@code user.update}, {@code POST /Groups} is {@code group.create}, and so on. A Bulk request
 * refused as a whole is {@code scim.bulk}; each of its operations is named as its single request.
 *
 * @param action     what the request tried
 * @param targetType {@code user} or {@code group} when the request named one, else null
 * @param targetId   the id in the path, as sent (cut to 64 characters), else null
 */
record ScimActions(String action, String targetType, String targetId) {

    private static final int MAX_TARGET_LENGTH = 64;

    /** @param path the request's path below {@code /scim/v2}, with or without a leading slash */
    static ScimActions of(String method, String path) {
        List<String> segments = List.of(path.replaceFirst("^/+", "").split("/+"));
        String type = segments.isEmpty() ? null : switch (segments.get(0).toLowerCase(Locale.ROOT)) {
            case "users" -> "user";
            case "groups" -> "group";
            default -> null;
        };
        if (type == null) {
            String only = segments.size() == 1 ? segments.get(0) : "";
            String action = only.equals(".search") ? "scim.search" : only.equalsIgnoreCase("Bulk") ? "scim.bulk"
                    : "scim.request";
            return new ScimActions(action, null, null);
        }
        if (segments.size() == 2 && segments.get(1).equals(".search")) {
            return new ScimActions(type + ".search", null, null);
        }
        if (segments.size() == 1) {
            // The trail's own words: a user is provisioned, a group created (GroupEvent.Created).
            String create = type.equals("user") ? ".provision" : ".create";
            return new ScimActions(type + (method.equals("POST") ? create : ".search"), null, null);
        }
        String id = segments.get(1);
        String target = id.length() > MAX_TARGET_LENGTH ? id.substring(0, MAX_TARGET_LENGTH) : id;
        String action = switch (method.toUpperCase(Locale.ROOT)) {
            case "PUT", "PATCH" -> ".update";
            case "DELETE" -> ".delete";
            default -> ".read";
        };
        return new ScimActions(type + action, type, target);
    }
}
