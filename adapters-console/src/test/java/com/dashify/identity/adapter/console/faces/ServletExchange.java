package com.dashify.identity.adapter.console.faces;

import jakarta.faces.context.ExternalContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Faces' view of one servlet request and its response, for tests: nothing else of a container. */
@SuppressWarnings("unchecked") // ExternalContextWrapper's getInitParameterMap() returns a raw Map.
final class ServletExchange extends ExternalContextWrapper {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    /** Where the handler redirected the browser, if it did. */
    String redirectedTo;

    ServletExchange(HttpServletRequest request, HttpServletResponse response) {
        super(null);
        this.request = request;
        this.response = response;
    }

    @Override
    public Object getRequest() {
        return request;
    }

    @Override
    public Object getResponse() {
        return response;
    }

    @Override
    public String getRequestContextPath() {
        return "";
    }

    @Override
    public void redirect(String url) {
        redirectedTo = url;
    }
}
