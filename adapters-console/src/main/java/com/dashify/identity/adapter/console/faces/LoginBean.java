package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.ConsoleGuardFilter;
import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.adapter.console.security.SignInThrottle;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignInCommand;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignedIn;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.user.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sign-in form. The password is checked by the sign-in in-port; on success the session id
 * changes (no fixation), a session record is started, which is all the browser's sign-in is
 * ({@link ConsoleGuardFilter} reads it on every request), and an admin lands on the console,
 * anyone else on their home page. A right password signs its owner in whatever their role, so that
 * someone who may not use the console gets a clear "not allowed" page rather than "wrong
 * password". Every failure gets the same message, and too many failures stop further attempts for
 * a while ({@link SignInThrottle}, which reserves each attempt before its password is checked, and
 * takes the reservation back when the password could not be checked at all).
 */
@Named
@RequestScoped
public class LoginBean {

    static final String FAILED = "Organisation, user name or password is wrong.";
    static final String THROTTLED = "Too many failed sign-ins. Wait a few minutes before trying again.";

    @Inject
    SignInAdminUseCase signIn;
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

    public String signIn() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
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
        SignedIn signedIn;
        try {
            // No payload: what was typed in the user name field is sometimes a password.
            signedIn = signIn.signIn(new SignInCommand(org, user, typed, SignInSessions.contextOf(request)));
        } catch (AuthenticationFailedException wrongCredentials) {
            attempt.get().failed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
            return null;
        } catch (RuntimeException checkFailed) {
            // No guess was checked: the reservation goes back, and the failure is the service's to
            // answer (the console's 503 for a database that does not answer), not "wrong password".
            attempt.get().released();
            throw checkFailed;
        } finally {
            Arrays.fill(typed, '\0');
        }
        attempt.get().succeeded();
        SessionId session;
        try {
            session = sessions.begin(request, signedIn.tenantId(), signedIn.userId(), SignInMethod.PASSWORD);
        } catch (AccessDeniedException inactive) {
            request.getSession().invalidate();
            return ConsoleGuardFilter.DENIED_PAGE + "?faces-redirect=true";
        }
        boolean admin = sessionAccess.check(session)
                .filter(signedInUser -> signedInUser.allows(Permission.MANAGE_ORGANISATION)).isPresent();
        return (admin ? "/admin/index.xhtml" : "/app/index.xhtml") + "?faces-redirect=true";
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
