package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.Keyset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    private static final String SCOPE = "tenant-a\nUsers\nasc\nuserName sw \"a\"";
    private static final ScimCursor CURSOR = new ScimCursor(
            new Keyset(Instant.parse("2026-02-02T08:00:00.123456Z"), "0b3c2f3e-8f7d-4c9a-9d1e-1f2a3b4c5d6e"), false);

    private final MutableClock clock = new MutableClock(NOW);
    private final CursorCodec codec = new CursorCodec(KEY, clock, Duration.ofSeconds(600));

    @Test
    void aCursorReadsBackAsItsPositionAndDirection() {
        ScimCursor backward = new ScimCursor(CURSOR.position(), true);

        assertThat(codec.decode(SCOPE, codec.encode(SCOPE, CURSOR))).isEqualTo(CURSOR);
        assertThat(codec.decode(SCOPE, codec.encode(SCOPE, backward))).isEqualTo(backward);
    }

    @Test
    void aCursorHoldsOnlyUnreservedCharacters() {
        // RFC 9865 §2: a cursor may only contain the unreserved characters of RFC 3986 §2.3.
        assertThat(codec.encode(SCOPE, CURSOR)).matches("[A-Za-z0-9._~-]+");
    }

    @Test
    void aTamperedCursorIsInvalid() {
        String cursor = codec.encode(SCOPE, CURSOR);
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))),
                StandardCharsets.UTF_8);
        String moved = payload.replace("0b3c2f3e", "ffffffff");
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(moved.getBytes(StandardCharsets.UTF_8))
                + cursor.substring(cursor.indexOf('.'));

        assertThatThrownBy(() -> codec.decode(SCOPE, tampered)).satisfies(refusal("invalidCursor"));
    }

    @Test
    void aCursorOfAnotherTenantOrSearchIsInvalid() {
        String cursor = codec.encode(SCOPE, CURSOR);

        assertThatThrownBy(() -> codec.decode(SCOPE.replace("tenant-a", "tenant-b"), cursor))
                .satisfies(refusal("invalidCursor"));
        assertThatThrownBy(() -> codec.decode(SCOPE.replace("sw \"a\"", "sw \"b\""), cursor))
                .satisfies(refusal("invalidCursor"));
    }

    @Test
    void aCursorSignedWithAnotherKeyIsInvalid() {
        String foreign = new CursorCodec("another key, as long as the first".getBytes(StandardCharsets.US_ASCII),
                clock, Duration.ofSeconds(600)).encode(SCOPE, CURSOR);

        assertThatThrownBy(() -> codec.decode(SCOPE, foreign)).satisfies(refusal("invalidCursor"));
    }

    @Test
    void madeUpCursorsAreInvalid() {
        for (String text : new String[] {"x", ".", "abc.def", "!!!.???", "a".repeat(600)}) {
            assertThatThrownBy(() -> codec.decode(SCOPE, text)).satisfies(refusal("invalidCursor"));
        }
    }

    @Test
    void aCursorExpiresAfterTheTimeout() {
        String cursor = codec.encode(SCOPE, CURSOR);

        clock.now = NOW.plusSeconds(600);
        assertThat(codec.decode(SCOPE, cursor)).isEqualTo(CURSOR);
        clock.now = NOW.plusSeconds(601);
        assertThatThrownBy(() -> codec.decode(SCOPE, cursor)).satisfies(refusal("expiredCursor"));
    }

    private static org.assertj.core.api.ThrowingConsumer<Throwable> refusal(String scimType) {
        return thrown -> {
            assertThat(thrown).isInstanceOf(ScimException.class);
            assertThat(((ScimException) thrown).status()).isEqualTo(400);
            assertThat(((ScimException) thrown).scimType()).isEqualTo(scimType);
        };
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
