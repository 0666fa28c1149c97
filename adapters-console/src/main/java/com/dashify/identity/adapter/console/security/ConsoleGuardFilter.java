package com.dashify.identity.adapter.console.security;

import com.dashify.identity.adapter.console.ErrorPages;
import com.dashify.identity.adapter.console.PlainPages;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase.SignedInUser;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.user.Permission;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The gate of the browser pages, the admin console ({@code /admin}) and the signed-in user's pages
 * ({@code /app}): the console does not use the container's authentication, so this filter alone
 * decides who gets in, on every request:
 * <ul>
 * <li>a state-changing request must come from a page of this service: its {@code Origin} (or,
 * without one, its {@code Referer}) must be this service's own origin, else 403 and nothing runs;</li>
 * <li>a browser without a session record (never signed in, signed out, its HTTP session expired)
 * is sent to the sign-in page, except on the pages that let one in ({@link #PUBLIC_PAGES});</li>
 * <li>the signed-in browser's session record, its user's current state and role are read on every
 * request: a session revoked anywhere (sign-out, deactivation, on any node) is signed out here and
 * sent to the sign-in page; a user whose role, as it is now, does not manage the organisation gets
 * the "not allowed" page for every console page;</li>
 * <li>no response is cached or framed.</li>
 * </ul>
 * The filter is mapped by the container, after path normalisation, so {@code /scim/../admin},
 * {@code ;} parameters and percent-encoding cannot route around it; SCIM and the API are outside
 * it because no browser session can call them.
 */
@WebFilter(filterName = "ConsoleGuardFilter", urlPatterns = {"/admin/*", "/app/*"})
public class ConsoleGuardFilter extends HttpFilter {

    public static final String USER_ATTRIBUTE = ConsoleGuardFilter.class.getName() + ".user";
    static final String CONSOLE_PATH = "/admin/";
    public static final String LOGIN_PAGE = "/admin/login.xhtml";
    public static final String DENIED_PAGE = "/admin/denied.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> PROTECTED_VIEWS = Set.of("/admin/tokens.xhtml");
    private static final String FACES_TOKEN = "jakarta.faces.Token";
    /** The pages that let one in, the only ones a browser without a session record may open. */
    static final Set<String> PUBLIC_PAGES = Set.of(LOGIN_PAGE, "/admin/setup.xhtml", DENIED_PAGE);

    @Inject
    SessionAccessUseCase sessionAccess;
    @Inject
    SignInSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PlainPages.facesHeaders(response);

        if (!SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !sameOrigin(request)) {
            ErrorPages.render(request, response, HttpServletResponse.SC_FORBIDDEN, ErrorPages.newReference());
            return;
        }

        String path = pathWithinApplication(request);
        Optional<SessionId> session = SignInSessions.current(request);
        if (session.isEmpty()) {
            if (!PUBLIC_PAGES.contains(path)) {
                response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
                return;
            }
        } else {
            Optional<SignedInUser> user = sessionAccess.check(session.get());
            if (user.isEmpty()) {
                // Revoked, idle, or its user deactivated: here or on another node, it ends here too.
                sessions.signOut(request, SignInSessions.contextOf(request));
                if (!PUBLIC_PAGES.contains(path)) {
                    response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
                    return;
                }
            } else {
                request.setAttribute(USER_ATTRIBUTE, user.get());
                if (path.startsWith(CONSOLE_PATH) && !PUBLIC_PAGES.contains(path)
                        && !user.get().allows(Permission.MANAGE_ORGANISATION)) {
                    response.sendRedirect(request.getContextPath() + DENIED_PAGE);
                    return;
                }
            }
        }

        // A protected view reached without its Faces token (a bookmark, a typed URL) starts again at
        // the console's entry, which adds it, rather than failing inside Faces.
        // (GET only: reading a post's parameters here would fix their encoding before Faces sets it.)
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                && PROTECTED_VIEWS.contains(path) && request.getParameter(FACES_TOKEN) == null) {
            response.sendRedirect(request.getContextPath() + "/admin/");
            return;
        }
        chain.doFilter(request, response);
    }

    /** This service's origin as the browser addressed it: scheme, and the {@code Host} header. */
    public static String originOf(HttpServletRequest request) {
        String host = Optional.ofNullable(request.getHeader("Host")).orElse("");
        return (request.isSecure() ? "https" : "http") + "://" + host.toLowerCase(Locale.ROOT);
    }

    private static String pathWithinApplication(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /**
     * Whether the request's {@code Origin}, or else {@code Referer}, is this service's origin as the
     * browser addressed it (scheme, host and port of the {@code Host} header). Without either, a
     * browser's cross-site post cannot be told apart, so it is refused.
     */
    public static boolean sameOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            return false;
        }
        String expected = originOf(request);
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null")) {
            return origin.toLowerCase(Locale.ROOT).equals(expected);
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return false;
        }
        try {
            URI uri = URI.create(referer);
            String refererOrigin = uri.getScheme() + "://" + uri.getRawAuthority();
            return refererOrigin.toLowerCase(Locale.ROOT).equals(expected);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
