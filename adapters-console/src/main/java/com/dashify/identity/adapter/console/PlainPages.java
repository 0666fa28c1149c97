package com.dashify.identity.adapter.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The service's plain HTML pages, written without Faces: the SSO sign-in pages and the error pages
 * share this layout and these headers (no caching, no framing, scripts and styles of this origin
 * only). The console's one place for its security headers, the Faces pages' included.
 */
public final class PlainPages {

    private PlainPages() {
    }

    /**
     * The headers every plain page gets, and the passkey endpoints' JSON: no caching, no framing,
     * no sniffing, scripts and styles of this origin only.
     */
    public static void secureHeaders(HttpServletResponse response) {
        // No form-action: browsers apply it to the redirects after a post too, and the organisation
        // form's chain ends at the tenant's identity provider, on another origin.
        secureHeaders(response, "default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    /**
     * The headers of the console's Faces pages: those of the plain pages, and a policy that also
     * keeps their forms on this origin (their posts end here) and allows the data URLs of images.
     */
    public static void facesHeaders(HttpServletResponse response) {
        secureHeaders(response, "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    }

    private static void secureHeaders(HttpServletResponse response, String contentSecurityPolicy) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Same-origin only: with no-referrer, browsers send "Origin: null" on the console's own posts.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    }

    /** Writes a page of the service's layout, with {@code body} (HTML, its values escaped) as its card. */
    public static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
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
    public static String escape(String text) {
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
