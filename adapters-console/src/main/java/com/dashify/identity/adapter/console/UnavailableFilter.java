package com.dashify.identity.adapter.console;

import com.dashify.identity.application.common.port.in.UnavailableException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The console's answer when its database does not answer: whatever the browser asked for (a page,
 * a post, a sign-in, a passkey ceremony), a use case that fails with {@link UnavailableException}
 * gets the console's own page with 503 and {@code Retry-After}, not the container's error page.
 * Declared in {@code web-fragment.xml}, ahead of the other filters, so that it also sees the
 * session guard's failures.
 */
public class UnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Optional<UnavailableException> unavailable = ErrorPages.causeOf(failure, UnavailableException.class);
            if (unavailable.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            // The transaction boundary logged that the database went away; a line per request would flood.
            LOG.fine(() -> "Console request answered 503: the database does not answer");
            ErrorPages.unavailable(request, response, unavailable.get());
        }
    }
}
