package com.dashify.identity.adapter.console.faces;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.dashify.identity.adapter.console.security.ConsoleCredential;
import com.dashify.identity.adapter.console.security.ConsoleGuardFilter;
import com.dashify.identity.adapter.console.security.ConsoleIdentityStore;
import com.dashify.identity.adapter.console.security.ConsolePrincipal;
import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.adapter.console.security.SignInThrottle;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.user.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sign-in form. On success the session id changes (no fixation), a session record is started
 * and an admin lands on the console, anyone else on their home page; every failure gets the same message, and too
 * many failures stop further attempts for a while ({@link SignInThrottle}, which reserves each attempt before
 * its password is checked, and takes the reservation back when the password could not be checked at all).
 */
@Named
@RequestScoped
public class LoginBean {

    static final String FAILED = "Organisation, user name or password is wrong.";
    static final String THROTTLED = "Too many failed sign-ins. Wait a few minutes before trying again.";

    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext faces;
    @Inject
    SignInThrottle throttle;
    @Inject
    SignInSessions sessions;
    @Inject
    SessionAccessUseCase sessionAccess;

    private String organisation;
    private String userName;
    private String password;

    public String signIn() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        String org = trim(organisation);
        String user = trim(userName);
        // Reserved before the password is hashed, so that parallel attempts count against each other.
        Optional<SignInThrottle.Attempt> attempt = throttle.reserve(org, user, request.getRemoteAddr());
        if (attempt.isEmpty()) {
            Arrays.fill(typed, '\0');
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, THROTTLED, null));
            return null;
        }
        AuthenticationStatus status;
        try {
            status = securityContext.authenticate(request, response, withParams()
                    .credential(new ConsoleCredential(org, user, typed))
                    .newAuthentication(true));
        } catch (RuntimeException checkFailed) {
            attempt.get().released();
            throw checkFailed;
        } finally {
            Arrays.fill(typed, '\0');
        }
        Object checkFailed = request.getAttribute(ConsoleIdentityStore.CHECK_FAILED);
        if (checkFailed != null) {
            // No guess was checked: the reservation goes back, and the failure is the service's to
            // answer (the console's 503 for a database that does not answer), not "wrong password".
            request.removeAttribute(ConsoleIdentityStore.CHECK_FAILED);
            attempt.get().released();
            throw (RuntimeException) checkFailed;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            attempt.get().succeeded();
        } else {
            attempt.get().failed();
        }
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SUCCESS:
                ConsolePrincipal principal = ConsolePrincipal.parse(request.getUserPrincipal().getName())
                        .orElseThrow(() -> new IllegalStateException("the console's identity store named the caller"));
                SessionId session;
                try {
                    session = sessions.begin(request, principal.tenantId(), principal.userId(), SignInMethod.PASSWORD);
                } catch (AccessDeniedException inactive) {
                    request.logout();
                    request.getSession().invalidate();
                    return ConsoleGuardFilter.DENIED_PAGE + "?faces-redirect=true";
                }
                boolean admin = sessionAccess.check(session)
                        .filter(signedIn -> signedIn.allows(Permission.MANAGE_ORGANISATION)).isPresent();
                return (admin ? "/admin/index.xhtml" : "/app/index.xhtml") + "?faces-redirect=true";
            default:
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
                return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    /** Never rendered back into the page. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
