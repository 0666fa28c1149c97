package com.dashify.identity.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PlainPagesTest {

    @Test
    void everyKindOfConsoleAnswerIsNeitherCachedNorFramedNorSniffed() {
        for (Consumer<HttpServletResponse> kind : List.<Consumer<HttpServletResponse>>of(
                PlainPages::secureHeaders, PlainPages::facesHeaders)) {
            assertThat(headersOf(kind)).containsEntry("Cache-Control", "no-store")
                    .containsEntry("X-Frame-Options", "DENY").containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Referrer-Policy", "same-origin")
                    .hasEntrySatisfying("Content-Security-Policy", policy -> assertThat(policy)
                            .contains("default-src 'self'", "frame-ancestors 'none'"));
        }
    }

    @Test
    void onlyFacesPagesKeepTheirFormsOnThisOrigin() {
        // The SSO organisation form's redirects end at the identity provider, which form-action would block.
        assertThat(headersOf(PlainPages::facesHeaders).get("Content-Security-Policy")).contains("form-action 'self'");
        assertThat(headersOf(PlainPages::secureHeaders).get("Content-Security-Policy")).doesNotContain("form-action");
    }

    private static Map<String, String> headersOf(Consumer<HttpServletResponse> kind) {
        Map<String, String> headers = new HashMap<>();
        kind.accept((HttpServletResponse) Proxy.newProxyInstance(PlainPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("setHeader")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return headers.put((String) args[0], (String) args[1]);
                }));
        return headers;
    }
}
