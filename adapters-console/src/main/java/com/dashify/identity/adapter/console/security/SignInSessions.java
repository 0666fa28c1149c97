package com.dashify.identity.adapter.console.security;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.session.port.in.EndSessionUseCase;
import com.dashify.identity.application.session.port.in.EndSessionUseCase.EndSessionCommand;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.application.session.port.in.StartSessionUseCase;
import com.dashify.identity.application.session.port.in.StartSessionUseCase.StartSessionCommand;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/**
 * Ties a browser's HTTP session to its session record. The HTTP session only carries the record's
 * id (a string, so it replicates across a cluster as is); whether the session may still be used is
 * the record's to say, read on every request by {@link ConsoleGuardFilter}. That id is the only
 * sign-in state the browser has: the console does not use the container's authentication (no
 * Jakarta Security mechanism, whose bridge Payara would otherwise run on every request of the WAR,
 * SCIM and the API included).
 */
@ApplicationScoped
public class SignInSessions {

    static final String SESSION_ID_ATTRIBUTE = SignInSessions.class.getName() + ".id";
    private static final String REQUEST_ID_ATTRIBUTE = SignInSessions.class.getName() + ".requestId";

    @Inject
    StartSessionUseCase startSession;
    @Inject
    EndSessionUseCase endSession;
    @Inject
    SessionAccessUseCase sessionAccess;

    /**
     * After a successful sign-in: a new container session id (no fixation), the signed-in lifetime
     * ({@link AnonymousSessions} keeps sessions short before), and a new session record whose id the
     * HTTP session keeps.
     */
    public SessionId begin(HttpServletRequest request, TenantId tenantId, UserId userId, SignInMethod method) {
        // Signing in again in a signed-in browser replaces its session: the old record ends here.
        current(request).ifPresent(previous -> endSession.end(new EndSessionCommand(previous, contextOf(request))));
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        AnonymousSessions.signedIn(session);
        SessionId id = startSession.start(new StartSessionCommand(tenantId, userId, method,
                request.getHeader("User-Agent"), contextOf(request)));
        session.setAttribute(SESSION_ID_ATTRIBUTE, id.toString());
        return id;
    }

    /**
     * Signs the browser in as a user whose sign-in a servlet has verified (SSO or passkey, matched
     * by its use case): a new session record. Only those servlets call it; nothing a client sends
     * names the user signed in here.
     *
     * @return the session, or empty when the user was deactivated in between (the browser is then
     *         signed out again)
     */
    public Optional<SessionId> signInVerified(HttpServletRequest request, TenantId tenantId, UserId userId,
                                              SignInMethod method) {
        try {
            return Optional.of(begin(request, tenantId, userId, method));
        } catch (AccessDeniedException deactivatedMeanwhile) {
            signOut(request, contextOf(request));
            return Optional.empty();
        }
    }

    /** Where a browser goes once signed in: the console for those who manage the organisation, else home. */
    public String landingPath(HttpServletRequest request, SessionId session) {
        boolean admin = sessionAccess.check(session)
                .filter(user -> user.allows(Permission.MANAGE_ORGANISATION)).isPresent();
        return request.getContextPath() + (admin ? "/admin/" : "/app/");
    }

    /** The session record this browser signed in with, if it did. */
    static Optional<SessionId> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object id = session.getAttribute(SESSION_ID_ATTRIBUTE);
        return id instanceof String value ? SessionId.parse(value) : Optional.empty();
    }

    /** Revokes the session record, then forgets the HTTP session and everything kept in it. */
    void signOut(HttpServletRequest request, RequestContext context) {
        Optional<SessionId> id = current(request);
        if (id.isPresent()) {
            endSession.end(new EndSessionCommand(id.get(), context));
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The audit context of this request: one request id for everything it records. */
    public static RequestContext contextOf(HttpServletRequest request) {
        return contextOf(request, null);
    }

    public static RequestContext contextOf(HttpServletRequest request, String payload) {
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        if (!(id instanceof String)) {
            id = UUID.randomUUID().toString();
            request.setAttribute(REQUEST_ID_ATTRIBUTE, id);
        }
        return new RequestContext((String) id, request.getRemoteAddr(), request.getHeader("User-Agent"), payload);
    }
}
