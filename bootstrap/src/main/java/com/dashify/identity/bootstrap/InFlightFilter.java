package com.dashify.identity.bootstrap;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import java.io.IOException;

/** Counts every request while it is served, so that a stopping node knows when it may exit. */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class InFlightFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private InFlightRequests requests;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requests.started();
        try {
            chain.doFilter(request, response);
        } finally {
            requests.finished();
        }
    }
}
