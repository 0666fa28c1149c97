package com.dashify.identity.adapter.console.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.json.JsonObject;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonExchangeTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aWellFormedUtf8ObjectIsRead() throws IOException {
        Optional<JsonObject> body = JsonExchange.body(posting(utf8("{\"name\":\"Jos\u00e9's laptop\"}")));

        assertThat(body).hasValueSatisfying(json -> assertThat(json.getString("name")).isEqualTo("José's laptop"));
    }

    @Test
    void malformedUtf8IsRefusedNotStoredAsReplacementCharacters() throws IOException {
        byte[] name = concat(utf8("{\"name\":\"laptop "), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("\"}"));

        assertThat(JsonExchange.body(posting(name))).isEmpty();
    }

    @Test
    void aByteOrderMarkIsRefused() throws IOException {
        assertThat(JsonExchange.body(posting(concat(BOM, utf8("{\"name\":\"laptop\"}"))))).isEmpty();
    }

    @Test
    void utf16IsRefused() throws IOException {
        assertThat(JsonExchange.body(posting("{\"name\":\"laptop\"}".getBytes(StandardCharsets.UTF_16BE)))).isEmpty();
        assertThat(JsonExchange.body(posting("{\"name\":\"laptop\"}".getBytes(StandardCharsets.UTF_16)))).isEmpty();
    }

    @Test
    void contentAfterTheObjectIsRefused() throws IOException {
        assertThat(JsonExchange.body(posting(utf8("{\"name\":\"a\"} {\"name\":\"b\"}")))).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsA503InJsonNotA500() throws IOException {
        Map<String, String> headers = new HashMap<>();
        StringWriter body = new StringWriter();
        int[] status = {0};
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                JsonExchangeTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "reset", "setContentType", "setCharacterEncoding" -> null;
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> throw new UnsupportedOperationException(method.getName());
                });

        JsonExchange.unexpected(posting(utf8("{}")), response,
                new IllegalStateException(new UnavailableException(false, Duration.ofSeconds(3), null)));

        assertThat(status[0]).isEqualTo(503);
        assertThat(headers).containsEntry("Retry-After", "3");
        assertThat(body.toString()).startsWith("{\"error\":").contains("nothing was changed");
    }

    private static HttpServletRequest posting(byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        ServletInputStream in = new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletRequest) Proxy.newProxyInstance(JsonExchangeTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> "application/json";
                    case "getContentLengthLong" -> (long) body.length;
                    case "getInputStream" -> in;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
