package com.dashify.identity.adapter.rest.scim;

import java.util.List;
import java.util.Locale;

/**
 * Names a SCIM request in the audit trail's words, so that a refused request is recorded as what
 * it tried: {@code POST /Users} is {@code user.provision}, {@code PATCH /Users/{id}} is
 * {@code user.update}, and so on.
 *
 * @param action     what the request tried
 * @param targetType {@code user} when the request named one, else null
 * @param targetId   the id in the path, as sent (cut to 64 characters), else null
 */
record ScimActions(String action, String targetType, String targetId) {

    private static final int MAX_TARGET_LENGTH = 64;

    /** @param path the request's path below {@code /scim/v2}, with or without a leading slash */
    static ScimActions of(String method, String path) {
        List<String> segments = List.of(path.replaceFirst("^/+", "").split("/+"));
        if (segments.isEmpty() || !segments.get(0).equalsIgnoreCase("Users")) {
            return new ScimActions("scim.request", null, null);
        }
        if (segments.size() == 1) {
            return new ScimActions(method.equals("POST") ? "user.provision" : "user.search", null, null);
        }
        String id = segments.get(1);
        String target = id.length() > MAX_TARGET_LENGTH ? id.substring(0, MAX_TARGET_LENGTH) : id;
        String action = switch (method.toUpperCase(Locale.ROOT)) {
            case "PUT", "PATCH" -> "user.update";
            case "DELETE" -> "user.delete";
            default -> "user.read";
        };
        return new ScimActions(action, "user", target);
    }
}
