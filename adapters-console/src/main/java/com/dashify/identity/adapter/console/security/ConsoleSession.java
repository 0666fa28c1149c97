package com.dashify.identity.adapter.console.security;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase.SignedInUser;
import com.dashify.identity.domain.user.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The signed-in user of this request, as {@link ConsoleGuardFilter} found them (with their role as
 * it is now), and signing out. Pages read it as {@code #{consoleSession}}.
 */
@Named
@RequestScoped
public class ConsoleSession {

    @Inject
    HttpServletRequest request;
    @Inject
    SignInSessions sessions;

    /** The user; pages that need one are only reachable signed in, through the guard. */
    public SignedInUser user() {
        Object user = request.getAttribute(ConsoleGuardFilter.USER_ATTRIBUTE);
        if (!(user instanceof SignedInUser found)) {
            throw new IllegalStateException("no signed-in user on this request");
        }
        return found;
    }

    public boolean isSignedIn() {
        return request.getAttribute(ConsoleGuardFilter.USER_ATTRIBUTE) instanceof SignedInUser;
    }

    public boolean isOrgAdmin() {
        return isSignedIn() && user().allows(Permission.MANAGE_ORGANISATION);
    }

    public String getUserName() {
        return user().userName();
    }

    public String getTenantName() {
        return user().tenantName();
    }

    public String getRoleName() {
        return user().role().displayName();
    }

    /** The audit context of this request. */
    public RequestContext context(String payload) {
        return SignInSessions.contextOf(request, payload);
    }

    /** Ends the session: its record is revoked, and the HTTP session with everything kept in it is gone. */
    public String signOut() {
        sessions.signOut(request, context(null));
        return ConsoleGuardFilter.LOGIN_PAGE + "?faces-redirect=true&signedOut=true";
    }
}
