package com.dashify.identity.adapter.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;

/**
 * Lets any node of a cluster serve the console's next request, where Mojarra (4.0.11, in Payara 6)
 * keeps two things per node that a balancer without stickiness breaks:
 * <ul>
 * <li>The flash: its data stays in the memory of the node that wrote it, behind a cookie
 * ({@code csfcfc}) encrypted with that node's own key. The next request reached another node,
 * which could not read the cookie and failed the request (a 500 from inside Mojarra), and sequence
 * numbers two nodes hand out on their own can name another session's flash. So the flash stays
 * within one request: its cookie is neither sent nor read. Messages that must survive a redirect
 * go through the HTTP session ({@link com.dashify.identity.adapter.console.faces.NextPageMessages}).</li>
 * <li>The protected views' token: kept in the HTTP session, but minted again by Mojarra's session
 * listener when another node loads the replicated session, so the token in a link rendered by one
 * node was refused by the next. The first token a session gets is kept under a name of our own, and
 * put back when a node has minted another.</li>
 * </ul>
 */
public class FacesAcrossNodesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Mojarra's name for the flash cookie ({@code ELFlash.FLASH_COOKIE_NAME}). */
    static final String FLASH_COOKIE = "csfcfc";
    /** Mojarra's session attribute for the protected views' token ({@code RIConstants.RI_PREFIX + "TOKEN"}). */
    static final String FACES_TOKEN = "com.sun.faces.TOKEN";
    static final String FIRST_FACES_TOKEN = FacesAcrossNodesFilter.class.getName() + ".token";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        keepFirstFacesToken(request.getSession(false));
        chain.doFilter(new WithoutFlashCookie(request), new DroppingFlashCookie(response));
        // A session made by this request: its token is the first, whichever node serves the next one.
        keepFirstFacesToken(request.getSession(false));
    }

    /** Puts the session's first protected-view token back if this node minted another on loading it. */
    static void keepFirstFacesToken(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            keep(session);
        } catch (IllegalStateException invalidated) {
            // Signed out in this request: nothing left to keep.
        }
    }

    private static void keep(HttpSession session) {
        Object current = session.getAttribute(FACES_TOKEN);
        Object first = session.getAttribute(FIRST_FACES_TOKEN);
        if (first == null) {
            if (current != null) {
                session.setAttribute(FIRST_FACES_TOKEN, current);
            }
        } else if (!first.equals(current)) {
            session.setAttribute(FACES_TOKEN, first);
        }
    }

    /** The request without the flash cookie a browser may still send (from before this filter). */
    static final class WithoutFlashCookie extends HttpServletRequestWrapper {
        WithoutFlashCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            if (cookies == null) {
                return null;
            }
            Cookie[] kept = Arrays.stream(cookies).filter(cookie -> !FLASH_COOKIE.equals(cookie.getName()))
                    .toArray(Cookie[]::new);
            return kept.length == 0 ? null : kept;
        }
    }

    /** The response, without the flash cookie Mojarra adds. */
    static final class DroppingFlashCookie extends HttpServletResponseWrapper {
        DroppingFlashCookie(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (!FLASH_COOKIE.equals(cookie.getName())) {
                super.addCookie(cookie);
            }
        }
    }
}
