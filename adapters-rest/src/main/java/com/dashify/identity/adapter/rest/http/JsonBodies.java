package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads request bodies defensively, for the SCIM and the Dashify API alike: at most
 * {@link #MAX_BYTES} are read (more is 413 before anything is parsed); nesting deeper than
 * {@link #MAX_DEPTH} and numbers longer than {@link #MAX_NUMBER_LENGTH} are refused by a linear
 * scan before the parser sees them; and anything that is not one well-formed JSON object is
 * 400. Each API words these refusals its own way.
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
        if (body == null) {
            return new byte[0];
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int read; (read = body.read(buffer)) != -1; ) {
                total += read;
                if (total > MAX_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InvalidBodyException tooLarge() {
        return new InvalidBodyException(413, "The request body exceeds " + MAX_BYTES + " bytes.");
    }

    /** Parses a body that must be a single JSON object. */
    public static JsonObject parseObject(byte[] bytes) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw InvalidBodyException.malformed("The request body is empty; a JSON object is expected.");
        }
        checkStructure(bytes);
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(bytes))) {
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

    /** Nesting and number lengths, in one pass over the bytes without parsing them. */
    private static void checkStructure(byte[] bytes) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
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

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }
}
