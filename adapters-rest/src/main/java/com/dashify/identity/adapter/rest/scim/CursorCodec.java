package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.Keyset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and reads RFC 9865 cursors: opaque to clients, tamper-evident and short-lived. A cursor
 * is its position and expiry, base64url encoded (RFC 9865 §2 allows only unreserved characters),
 * then a dot and an HMAC-SHA256 tag, cut to 128 bits, over the position and over the scope of the
 * search it belongs to: the tenant, the resource type, the filter and the sort order. The scope is
 * not in the cursor, so a cursor used for another tenant or another search fails its tag, the same
 * as one altered or made up ({@code invalidCursor}); a genuine one past its expiry is
 * {@code expiredCursor}. The key is shared by every node (see CursorKeyUseCase).
 */
final class CursorCodec {

    /** How long a cursor stays valid after it is handed out: the {@code cursorTimeout} announced. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    private static final String VERSION = "1";
    private static final int TAG_BYTES = 16;
    private static final int MAX_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;
    private final Duration timeout;

    CursorCodec(byte[] key, Clock clock, Duration timeout) {
        this.key = key.clone();
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The text of a cursor for a search of this scope, valid for the timeout from now. */
    String encode(String scope, ScimCursor cursor) {
        Instant created = cursor.position().created();
        String payload = String.join("~", VERSION,
                Long.toString(clock.instant().plus(timeout).getEpochSecond()),
                cursor.backward() ? "b" : "f",
                Long.toString(created.getEpochSecond()),
                Integer.toString(created.getNano()),
                cursor.position().id());
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(tag(scope, bytes));
    }

    /**
     * The cursor this text stands for, if this server handed it out for a search of this scope and
     * it has not expired.
     *
     * @throws ScimException {@code invalidCursor} or {@code expiredCursor}
     */
    ScimCursor decode(String scope, String text) {
        int dot = text.indexOf('.');
        if (text.length() > MAX_LENGTH || dot < 0) {
            throw invalid();
        }
        byte[] payload;
        byte[] tag;
        try {
            payload = DECODER.decode(text.substring(0, dot));
            tag = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(tag, tag(scope, payload))) {
            throw invalid();
        }
        // Signed by this server: what follows parses, unless the format changed since.
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("~", -1);
        if (fields.length != 6 || !VERSION.equals(fields[0])) {
            throw invalid();
        }
        try {
            if (clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields[1])))) {
                throw ScimException.expiredCursor("The cursor has expired: cursors are valid for "
                        + timeout.toSeconds() + " seconds (cursorTimeout); start again with an empty cursor.");
            }
            Instant created = Instant.ofEpochSecond(Long.parseLong(fields[3]), Long.parseLong(fields[4]));
            return new ScimCursor(new Keyset(created, fields[5]), "b".equals(fields[2]));
        } catch (NumberFormatException | DateTimeException e) {
            throw invalid();
        }
    }

    private byte[] tag(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static ScimException invalid() {
        // One answer for every refusal (RFC 9865 §4.2): it tells nothing of why.
        return ScimException.invalidCursor("The cursor is not one this server handed out for this search:"
                + " repeat the search's parameters unchanged, with an empty cursor for the first page or with a"
                + " nextCursor or previousCursor value.");
    }
}
