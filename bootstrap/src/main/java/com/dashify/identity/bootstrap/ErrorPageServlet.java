package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.console.ErrorPages;
import com.dashify.identity.bootstrap.envelope.ErrorBodies;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The application's catch-all error page, mapped in {@code web.xml}: whatever escapes a servlet or
 * filter, and every error status a component sends without a body of its own (the container's 404
 * for an unknown path, Faces' 404 for an unknown page), gets the service's own answer instead of
 * the container's page with the exception in it. Browsers get the console's error page; SCIM and
 * the API, which answer their own errors, get their error shapes here too should anything slip
 * past them ({@link ErrorBodies}). Every answer carries a reference; when something was thrown,
 * the reference is logged on one line with what failed (a plain 404 is not logged: anyone can
 * cause any number of them).
 */
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // Asked for directly, this is a page like any that does not exist.
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
        if (failure instanceof Throwable && status < HttpServletResponse.SC_BAD_REQUEST) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        String path = uri instanceof String given ? given : request.getRequestURI();
        String reference = ErrorPages.newReference();
        if (failure instanceof Throwable thrown) {
            // The container has logged the trace just before; this line ties it to the reference.
            int answered = status;
            LOG.warning(() -> request.getMethod() + " " + path + " failed (" + thrown.getClass().getName()
                    + "), answered " + answered + " with reference " + reference);
        }
        String within = path.substring(Math.min(path.length(), request.getContextPath().length()));
        switch (ErrorBodies.Form.of(within)) {
            case SCIM -> json(response, status, ErrorBodies.SCIM_JSON,
                    ErrorBodies.scimError(status, detail(status, reference)));
            case PROBLEM -> json(response, status, ErrorBodies.PROBLEM_JSON,
                    ErrorBodies.problem(status, detail(status, reference)));
            case PAGE -> ErrorPages.render(request, response, status, reference);
        }
    }

    private static String detail(int status, String reference) {
        return (status >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? "An internal error occurred."
                : "The request could not be processed.") + " Reference: " + reference + ".";
    }

    private static void json(HttpServletResponse response, int status, String type, String body)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
