package com.dashify.identity.adapter.console.passkey;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.ErrorPages;
import com.dashify.identity.adapter.console.PlainPages;
import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON requests and answers of the passkey ceremonies' endpoints, which browser scripts call.
 * Bodies are read as the SCIM and API adapters read theirs ({@code JsonBodies} there): one JSON
 * object in strict UTF-8 (RFC 8259 §8.1), a malformed sequence refused rather than kept as U+FFFD,
 * no byte order mark, no UTF-16, nothing after the object. The few lines are this adapter's own:
 * adapters do not depend on each other, and the application takes no JSON types.
 */
final class JsonExchange {

    private static final Logger LOG = Logger.getLogger(JsonExchange.class.getName());

    /** A WebAuthn answer is a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private JsonExchange() {
    }

    /**
     * The request's JSON object; empty when it is not JSON, too large, not strict UTF-8 (or starts
     * with a byte order mark), malformed, followed by more content, or beyond what the parser
     * accepts (such as a number of more than 1,100 digits).
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
        Optional<String> text = strictUtf8(body.toByteArray());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(new StringReader(text.get()))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return Optional.empty();
            }
            JsonObject object = parser.getObject();
            return parser.hasNext() ? Optional.empty() : Optional.of(object);
        } catch (RuntimeException unreadable) {
            // Malformed JSON is a JsonException, but the parser's limits surface as other runtime
            // exceptions (UnsupportedOperationException for a huge number): all are the client's.
            return Optional.empty();
        }
    }

    /**
     * The body as UTF-8 text, decoded strictly; empty for a malformed sequence or a byte order mark
     * (U+FEFF first: UTF-8's own, or UTF-16's read as UTF-8 fails anyway). UTF-16 without a mark
     * has NUL bytes, which decode but which the parser refuses, as JSON text never holds them raw.
     */
    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        PlainPages.secureHeaders(response);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body.toString());
    }

    /** An error the page shows as it is. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, JSON.createObjectBuilder().add("error", message).build());
    }

    /**
     * A failure of the service, answered in JSON as always, never with the container's error page.
     * A database that does not answer is the console's 503 with {@code Retry-After}, in JSON (the
     * request is); anything else is 500, logged with a reference, which the page shows.
     */
    static void unexpected(HttpServletRequest request, HttpServletResponse response, RuntimeException failure)
            throws IOException {
        Optional<UnavailableException> unavailable = ErrorPages.causeOf(failure, UnavailableException.class);
        if (unavailable.isPresent()) {
            // The transaction boundary logged that the database went away; a line per request would flood.
            LOG.fine(() -> "Passkey request answered 503: the database does not answer");
            ErrorPages.unavailable(request, response, unavailable.get());
            return;
        }
        String reference = ErrorPages.newReference();
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
