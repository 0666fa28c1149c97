package com.dashify.identity.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodiesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"userName\":\"a\"", "{\"userName\":\"a\",}", "[1,2]", "\"text\"", "", "  ", "nul",
        "{\"a\":1} {\"b\":2}"})
    void malformedBodiesAreRefusedAsBadRequests(String body) {
        assertThatThrownBy(() -> JsonBodies.parseObject(utf8(body)))
                .isInstanceOf(InvalidBodyException.class)
                .extracting(e -> ((InvalidBodyException) e).status()).isEqualTo(400);
    }

    @Test
    void deepNestingIsRefusedBeforeParsing() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> JsonBodies.parseObject(utf8(deep)))
                .isInstanceOf(InvalidBodyException.class).hasMessageContaining("nests deeper");
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        String body = "{\"a\":\"" + "[{".repeat(1000) + "\\\"\"}";

        assertThat(JsonBodies.parseObject(utf8(body)).getString("a")).startsWith("[{[{");
    }

    @Test
    void bodiesOverOneMebibyteAreTooLarge() {
        byte[] big = new byte[JsonBodies.MAX_BYTES + 1];

        assertThatThrownBy(() -> JsonBodies.readBounded(new ByteArrayInputStream(big)))
                .isInstanceOf(InvalidBodyException.class)
                .extracting(e -> ((InvalidBodyException) e).status()).isEqualTo(413);
        assertThat(JsonBodies.readBounded(new ByteArrayInputStream(new byte[JsonBodies.MAX_BYTES])))
                .hasSize(JsonBodies.MAX_BYTES);
    }

    @Test
    void numbersLongerThanTheParserTakesAreRefusedAsBadRequests() {
        String digits = "1".repeat(1_200);

        for (String body : new String[] {"{\"a\":" + digits + "}", "{\"a\":[-0." + digits + "]}",
            "{\"a\":1e" + digits + "}"}) {
            assertThatThrownBy(() -> JsonBodies.parseObject(utf8(body)))
                    .isInstanceOf(InvalidBodyException.class).hasMessageContaining("number")
                    .extracting(e -> ((InvalidBodyException) e).status()).isEqualTo(400);
        }
        assertThat(JsonBodies.parseObject(utf8("{\"a\":\"" + digits + "\",\"b\":-12.5e3}")).getString("a"))
                .isEqualTo(digits);
    }

    @Test
    void bodiesMustBeUtf8WithoutByteOrderMark() {
        String body = "{\"userName\":\"jos\u00e9\"}";
        byte[] utf8 = utf8(body);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        for (byte[] bytes : new byte[][] {withBom, body.getBytes(StandardCharsets.UTF_16),
            body.getBytes(StandardCharsets.UTF_16LE), body.getBytes(StandardCharsets.UTF_16BE),
            body.getBytes(StandardCharsets.ISO_8859_1),
            {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}}) {
            assertThatThrownBy(() -> JsonBodies.parseObject(bytes))
                    .isInstanceOf(InvalidBodyException.class)
                    .extracting(e -> ((InvalidBodyException) e).status()).isEqualTo(400);
        }
        assertThat(JsonBodies.parseObject(utf8).getString("userName")).isEqualTo("jos\u00e9");
    }

    @Test
    void aBodyThatStopsBeforeItsEndIsABadRequest() {
        InputStream aborted = new SequenceInputStream(new ByteArrayInputStream(utf8("{\"userName\": \"ha")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new EOFException();
                    }
                });

        assertThatThrownBy(() -> JsonBodies.readBounded(aborted))
                .isInstanceOf(InvalidBodyException.class)
                .extracting(e -> ((InvalidBodyException) e).status()).isEqualTo(400);
    }
}
