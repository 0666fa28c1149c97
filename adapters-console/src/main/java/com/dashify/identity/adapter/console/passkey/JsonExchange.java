package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import jakarta.json.JsonException;
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

/** The JSON requests and answers of the passkey ceremonies' endpoints, which browser scripts call. */
final class JsonExchange {

    /** A WebAuthn answer is a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private JsonExchange() {
    }

    /** The request's JSON object; empty when it is not JSON, too large or malformed. */
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
        } catch (JsonException | IllegalStateException malformed) {
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
}
