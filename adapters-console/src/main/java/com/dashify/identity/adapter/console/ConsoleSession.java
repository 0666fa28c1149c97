package com.dashify.identity.adapter.console;

import com.dashify.identity.application.port.in.ConsoleAccessUseCase.ConsoleAdmin;
import com.dashify.identity.application.port.in.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * The signed-in administrator of this request, as {@link ConsoleGuardFilter} found them, and
 * signing out. Pages read it as {@code #{consoleSession}}.
 */
@Named
@RequestScoped
public class ConsoleSession {

    @Inject
    HttpServletRequest request;
    @Inject
    SignInSessions sessions;

    private final String requestId = UUID.randomUUID().toString();

    /** The admin; pages that need one are only reachable signed in, through the guard. */
    public ConsoleAdmin admin() {
        Object admin = request.getAttribute(ConsoleGuardFilter.ADMIN_ATTRIBUTE);
        if (!(admin instanceof ConsoleAdmin found)) {
            throw new IllegalStateException("no signed-in admin on this request");
        }
        return found;
    }

    public boolean isSignedIn() {
        return request.getAttribute(ConsoleGuardFilter.ADMIN_ATTRIBUTE) instanceof ConsoleAdmin;
    }

    public String getUserName() {
        return admin().userName();
    }

    public String getTenantName() {
        return admin().tenantName();
    }

    /** The audit context of this request. */
    public RequestContext context(String payload) {
        return new RequestContext(requestId, request.getRemoteAddr(), payload);
    }

    /** Ends the session: its record is revoked, and the caller and everything kept for them are gone. */
    public String signOut() throws ServletException {
        sessions.signOut(request, context(null));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
        return ConsoleSecurityConfiguration.LOGIN_PAGE + "?faces-redirect=true&signedOut=true";
    }
}
