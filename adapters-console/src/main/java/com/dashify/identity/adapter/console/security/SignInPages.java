package com.dashify.identity.adapter.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The few plain pages of SSO sign-in, rendered without Faces (no view state to keep for them). */
public final class SignInPages {

    private SignInPages() {
    }

    public static void secureHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // No form-action: browsers apply it to the redirects after a post too, and the organisation
        // form's chain ends at the tenant's identity provider, on another origin.
        response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    /** {@code /login}: the organisation's name leads to its sign-in URL. */
    public static void organisationForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(request, response, HttpServletResponse.SC_OK, "Sign in", """
                <h1>Sign in to Dashify</h1>
                <form id="sso" method="post" action="%s/login">
                    <label for="organisation">Organisation</label>
                    <input id="organisation" name="organisation" type="text" required="required"
                           autocomplete="organization" autofocus="autofocus"/>
                    <input id="continue" type="submit" value="Continue with single sign-on"/>
                </form>
                <p class="hint">You will sign in at your organisation's identity provider.</p>
                <p class="or">or</p>
                <button id="passkeySignIn" type="button" data-passkey-sign-in="%s/passkey">Sign in with a passkey</button>
                <p id="passkeyError" class="field-error" role="alert"></p>
                <p class="hint"><a href="%s/admin/login.xhtml">Sign in with a password</a> (administrators)</p>
                <script src="%s/resources/dashify/passkeys.js"></script>
                """.formatted(escape(request.getContextPath()), escape(request.getContextPath()),
                escape(request.getContextPath()), escape(request.getContextPath())));
    }

    /** A refused or failed sign-in: what happened, and the way back. */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String message) throws IOException {
        page(request, response, status, title, """
                <h1 id="refused">%s</h1>
                <p id="reason">%s</p>
                <p><a href="%s/login">Back to sign-in</a></p>
                """.formatted(escape(title), escape(message), escape(request.getContextPath())));
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
                             String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>%s · Dashify Identity</title>
                <link rel="stylesheet" href="%s/resources/dashify/console.css"/>
                </head>
                <body>
                <header class="top"><span class="brand">Dashify <strong>Identity</strong></span></header>
                <main><section class="card narrow">
                %s</section></main>
                </body>
                </html>
                """.formatted(escape(title), escape(request.getContextPath()), body));
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
