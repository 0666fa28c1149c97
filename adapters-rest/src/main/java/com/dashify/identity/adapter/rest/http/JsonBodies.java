package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads request bodies defensively, for the SCIM and the Dashify API alike: at most
 * {@link #MAX_BYTES} are read (more is 413 before anything is parsed); nesting deeper than
 * {@link #MAX_DEPTH} and numbers longer than {@link #MAX_NUMBER_LENGTH} are refused by a linear
 * scan before the parser sees them; and anything that is not one well-formed JSON object in UTF-8
 * is 400. Each API words these refusals its own way.
 *
 * <p>The body must be UTF-8 (RFC 8259 §8.1; RFC 7644 §3.1 builds on it), decoded strictly: a
 * malformed sequence is refused, never stored as U+FFFD, and UTF-16 or UTF-32 is refused rather
 * than guessed from its first bytes, as the JSON-P parser would. A byte order mark is refused too:
 * RFC 8259 §8.1 forbids senders to add one and only allows parsers to ignore it, so no client
 * that follows it sends one, and refusing it keeps one plain reading of every body.
 */
public final class JsonBodies {

    /** 1 MiB: far above any user a directory sends, far below what could hurt the server. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** A SCIM PATCH nests five levels at most; 64 leaves room and stops "billion brackets" bodies. */
    public static final int MAX_DEPTH = 64;
    /**
     * Characters of one number, sign and exponent included: far above any value either API takes,
     * far below the parser's own limit (1,100), past which it fails with an unchecked exception.
     */
    public static final int MAX_NUMBER_LENGTH = 100;

    private JsonBodies() {
    }

    /** Reads the whole body, refusing more than {@link #MAX_BYTES}. */
    public static byte[] readBounded(InputStream body) {
        return readBounded(body, MAX_BYTES);
    }

    /**
     * Reads the whole body, refusing more than {@code limit} bytes (at most {@link #MAX_BYTES}, which
     * the filters also check against a declared length) as they arrive: a chunked body, or one
     * whose {@code Content-Length} understates it, is cut off at the limit, never buffered whole.
     */
    public static byte[] readBounded(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int read; (read = body.read(buffer)) != -1; ) {
                total += read;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException notReceived) {
            // The client stopped sending (closed the connection, or stalled past the read timeout):
            // its request, not a failure of the service, so no stack trace in the log.
            throw InvalidBodyException.malformed("The request body ended before its declared length.");
        }
    }

    public static InvalidBodyException tooLarge() {
        return tooLarge(MAX_BYTES);
    }

    private static InvalidBodyException tooLarge(int limit) {
        return new InvalidBodyException(413, "The request body exceeds " + limit + " bytes.");
    }

    /** Parses a body that must be a single JSON object, in UTF-8. */
    public static JsonObject parseObject(byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw InvalidBodyException.malformed("The request body is empty; a JSON object is expected.");
        }
        String text = utf8(bytes);
        checkStructure(bytes);
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw InvalidBodyException.malformed("The request body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            // One object and nothing after it: "{...} {...}" is not one request.
            if (parser.hasNext()) {
                throw InvalidBodyException.malformed("The request body has content after the JSON object.");
            }
            return object;
        } catch (JsonException | IllegalStateException | NoSuchElementException | UnsupportedOperationException e) {
            // UnsupportedOperationException: the parser's own limits, which the scan above keeps bodies under.
            throw InvalidBodyException.malformed("The request body is not well-formed JSON.");
        }
    }

    private static String utf8(byte[] bytes) {
        // The byte order marks of UTF-8, UTF-16 BE and UTF-16 LE; those of UTF-32 start with NUL (see below).
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw InvalidBodyException.malformed("The request body starts with a byte order mark; send UTF-8 JSON"
                    + " without one (RFC 8259 §8.1).");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidBodyException.malformed("The request body is not valid UTF-8.");
        }
    }

    /** The member of an object with this name, compared without case (as SCIM compares names); null when absent. */
    public static JsonValue member(JsonObject object, String name) {
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Nesting, number lengths and NUL bytes, in one pass over the bytes without parsing them. */
    private static void checkStructure(byte[] bytes) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                // Never in JSON text, not even in a string (it must be escaped there): UTF-16 or UTF-32.
                throw InvalidBodyException.malformed("The request body must be UTF-8; UTF-16 and UTF-32 are not"
                        + " accepted (RFC 8259 §8.1).");
            }
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '-' || (b >= '0' && b <= '9')) {
                int end = i;
                while (end < bytes.length && isNumberByte(bytes[end])) {
                    end++;
                }
                if (end - i > MAX_NUMBER_LENGTH) {
                    throw InvalidBodyException.malformed("A number in the request body is longer than "
                            + MAX_NUMBER_LENGTH + " characters.");
                }
                i = end - 1;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    throw InvalidBodyException.malformed("The request body nests deeper than " + MAX_DEPTH
                            + " levels.");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }
}
