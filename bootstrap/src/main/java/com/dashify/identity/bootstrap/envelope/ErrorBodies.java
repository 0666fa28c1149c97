package com.dashify.identity.bootstrap.envelope;

import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.http.ScimUrns;
import java.util.Map;

/**
 * The SCIM error and the RFC 9457 problem, in the shapes the SCIM and API adapters answer their
 * own errors with, for the answers written outside them. The URNs and the SCIM media type are the
 * adapters' constants (compile-time constants, so the launcher needs no class of the WAR to run).
 */
public final class ErrorBodies {

    /** RFC 9457, section 3. */
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String SCIM_JSON = ScimMediaTypes.SCIM_JSON;

    /** The reason phrases of the statuses the service answers, as JAX-RS names them (the API's titles). */
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(412, "Precondition Failed"),
            Map.entry(413, "Request Entity Too Large"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private ErrorBodies() {
    }

    /** The form of error a caller reads, by the path it asked for. */
    public enum Form {
        /** A SCIM error, under {@code /scim} (the SCIM base is {@code /scim/v2}). */
        SCIM,
        /** A problem, under {@code /api} (the API's base is {@code /api/v1}). */
        PROBLEM,
        /** A page, for a browser: everywhere else. */
        PAGE;

        /** The form for {@code path}, within the application: its base itself included, {@code /scimx} not. */
        public static Form of(String path) {
            if (under(path, "/scim")) {
                return SCIM;
            }
            return under(path, "/api") ? PROBLEM : PAGE;
        }

        private static boolean under(String path, String base) {
            return path.equals(base) || path.startsWith(base + "/");
        }
    }

    /** A SCIM error (RFC 7644, section 3.12): its schema, the status as a string, and the detail. */
    public static String scimError(int status, String detail) {
        return "{\"schemas\":[" + quoted(ScimUrns.ERROR) + "],\"status\":" + quoted(Integer.toString(status))
                + ",\"detail\":" + quoted(detail) + "}";
    }

    /** A problem (RFC 9457): {@code about:blank}, so the title is the status's reason phrase. */
    public static String problem(int status, String detail) {
        return "{\"type\":\"about:blank\",\"title\":" + quoted(title(status)) + ",\"status\":" + status
                + ",\"detail\":" + quoted(detail) + "}";
    }

    /** The status's reason phrase, as the API's own problems give it; {@code Error} for one it does not name. */
    public static String title(int status) {
        return TITLES.getOrDefault(status, "Error");
    }

    /** A JSON string (RFC 8259, section 7). */
    private static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
