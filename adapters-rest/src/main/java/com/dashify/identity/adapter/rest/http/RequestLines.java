package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

/** What a refused request asked for, as its audit payload: the method and path, never headers or the query. */
public final class RequestLines {

    private RequestLines() {
    }

    public static String json(String method, String path) {
        return JSON.createObjectBuilder().add("method", method).add("path", path).build().toString();
    }
}
