package com.dashify.identity.bootstrap;

import com.dashify.identity.bootstrap.metrics.ServiceMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every request while it is served, so that a stopping node knows when it may exit, and
 * times it into the request meters once it has been answered.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class InFlightFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient InFlightRequests requests;
    @Inject
    private transient ServiceMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        requests.started();
        boolean answered = false;
        try {
            chain.doFilter(request, response);
            answered = true;
        } finally {
            requests.finished();
            // What escapes the chain is answered 500 by the server.
            metrics.requestServed(request.getRequestURI(), request.getMethod(),
                    answered ? response.getStatus() : HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    System.nanoTime() - start);
        }
    }
}
