package com.dashify.identity.adapter.console;

import static com.dashify.identity.adapter.console.PlainPages.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * The service's own error page for browsers: a title and a sentence for the status, a reference
 * the server log has too, and the way back to the console; never the container's page, a class
 * name or a stack trace. Written without Faces, so that it works when Faces is what failed.
 */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** A fresh reference, for a page and the log line that go together. */
    public static String newReference() {
        return UUID.randomUUID().toString();
    }

    /**
     * Answers with the error page for {@code status}, unless the response is committed already
     * (then nothing more can be said to the browser).
     */
    public static void render(HttpServletRequest request, HttpServletResponse response, int status, String reference)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        PlainPages.secureHeaders(response);
        String[] words = wordsFor(status);
        PlainPages.page(request, response, status, words[0], """
                <h1 id="error">%s</h1>
                <p id="reason">%s</p>
                <p id="reference" class="hint">Reference: %s</p>
                <p><a href="%s/admin/">Back to Dashify</a></p>
                """.formatted(escape(words[0]), escape(words[1]), escape(reference),
                escape(request.getContextPath())));
    }

    /** The title and the sentence of the page for a status. */
    private static String[] wordsFor(int status) {
        return switch (status) {
            case HttpServletResponse.SC_BAD_REQUEST -> new String[] {"This request cannot be processed",
                "The page sent something Dashify cannot read, perhaps from an old or changed copy of the page."
                        + " Go back, reload the page and try again."};
            case HttpServletResponse.SC_FORBIDDEN -> new String[] {"Not allowed from here",
                "Dashify refused this request: it did not come from one of Dashify's own pages."};
            case HttpServletResponse.SC_NOT_FOUND -> new String[] {"Page not found",
                "There is no such page in Dashify. Check the address, or start again from the console."};
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> new String[] {"Not possible here",
                "This page does not take this kind of request."};
            default -> status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    ? new String[] {"Something went wrong", "Dashify could not complete this request. Try again in"
                        + " a moment; if it keeps happening, give your administrator the reference below."}
                    : new String[] {"This request cannot be processed", "Go back, reload the page and try again."};
        };
    }
}
