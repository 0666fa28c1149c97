package com.dashify.identity.adapter.console;

import static com.dashify.identity.adapter.console.PlainPages.escape;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The service's own error page for browsers: a title and a sentence for the status, a reference
 * the server log has too, and the way back to the console; never the container's page, a class
 * name or a stack trace. Written without Faces, so that it works when Faces is what failed. The
 * console's one place for these: the Faces pages, the session guard, the SSO and passkey
 * endpoints all answer through it, the passkey endpoints in JSON with the same words.
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

    /**
     * The first exception of a kind behind a failure, however Faces, EL or the container wrapped it
     * (a cause chain that loops back is walked once): such as the {@link UnavailableException} that
     * makes any console answer a 503.
     */
    public static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> kind) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return Optional.of(kind.cast(cause));
            }
        }
        return Optional.empty();
    }

    /**
     * The database does not answer: 503 with {@code Retry-After}, what that means for what the
     * browser just sent, and nothing of the failure itself. A page's script that sent JSON (the
     * passkey ceremonies) gets those words as JSON, {@code {"error": ...}}, which it shows as it
     * shows its other errors; a browser gets the page. Nothing is written to a committed response.
     */
    public static void unavailable(HttpServletRequest request, HttpServletResponse response,
                                   UnavailableException failure) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        PlainPages.secureHeaders(response);
        response.setHeader("Retry-After", Long.toString(Math.max(1, failure.retryAfter().toSeconds())));
        String reason = failure.outcomeUnknown()
                ? "The database stopped answering while your change was being saved, so it may or may not"
                        + " have been kept. Look before you do it again, in a few seconds."
                : "The database does not answer, and nothing was changed. Try again in a few seconds.";
        if (sentJson(request)) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JsonProviders.JSON.createObjectBuilder().add("error", reason).build().toString());
            return;
        }
        PlainPages.page(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Temporarily unavailable", """
                <h1 id="unavailable">Dashify is temporarily unavailable</h1>
                <p id="reason">%s</p>
                <p><a href="%s/admin/">Try again</a></p>
                """.formatted(escape(reason), escape(request.getContextPath())));
    }

    private static boolean sentJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
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
