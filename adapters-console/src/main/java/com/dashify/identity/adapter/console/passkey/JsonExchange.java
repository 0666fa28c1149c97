package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JSON requests and answers of the passkey ceremonies' endpoints, which browser scripts call. */
final class JsonExchange {

    private static final Logger LOG = Logger.getLogger(JsonExchange.class.getName());

    /** A WebAuthn answer is a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private JsonExchange() {
    }

    /**
     * The request's JSON object; empty when it is not JSON, too large, malformed, or beyond what the
     * parser accepts (such as a number of more than 1,100 digits).
     */
    static Optional<JsonObject> body(HttpServletRequest request) throws IOException {
        String type = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") || request.getContentLengthLong() > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    return Optional.empty();
                }
            }
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body.toString(StandardCharsets.UTF_8)))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException unreadable) {
            // Malformed JSON is a JsonException, but the parser's limits surface as other runtime
            // exceptions (UnsupportedOperationException for a huge number): all are the client's.
            return Optional.empty();
        }
    }

    static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toString());
    }

    /** An error the page shows as it is. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, JSON.createObjectBuilder().add("error", message).build());
    }

    /**
     * A failure of the service (its database gone, a bug): logged with a reference, which the
     * page shows; the script gets JSON as always, never the container's error page.
     */
    static void unexpected(HttpServletRequest request, HttpServletResponse response, RuntimeException failure)
            throws IOException {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure of " + request.getMethod() + " " + request.getRequestURI()
                + ", reference " + reference, failure);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Try again; if it persists, give your administrator this reference: "
                        + reference + ".");
    }
}
