package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

/** What a refused request asked for, as its audit payload: the method and path, never headers or the query. */
public final class RequestLines {

    private RequestLines() {
    }

    /**
     * {@code {"method":…,"path":…}}, as a JSON object with those two members would print. Built on
     * every SCIM request (a refusal may need it), so from two escaped strings rather than an object
     * and a writer.
     */
    public static String json(String method, String path) {
        return "{\"method\":" + JSON.createValue(method) + ",\"path\":" + JSON.createValue(path) + "}";
    }
}
