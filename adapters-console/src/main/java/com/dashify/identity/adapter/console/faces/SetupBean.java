package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.SignInSessions;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase.CompletePasswordSetupCommand;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase.PasswordSet;
import com.dashify.identity.application.credential.port.in.SetupLinkInvalidException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.credential.Password;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The first-password page a setup link opens. The link's secret travels in the URL fragment, so it
 * reaches neither server logs nor {@code Referer} headers; a script copies it into the form.
 */
@Named
@RequestScoped
public class SetupBean {

    @Inject
    CompletePasswordSetupUseCase completeSetup;
    @Inject
    FacesContext faces;

    private String secret;
    private String password;
    private String confirmation;
    private PasswordSet done;

    public String complete() {
        String chosen = password;
        password = null;
        String confirmed = confirmation;
        confirmation = null;
        if (chosen == null || !chosen.equals(confirmed)) {
            error("The two passwords differ.");
            return null;
        }
        Password password;
        try {
            password = new Password(chosen);
        } catch (InvalidValueException tooWeak) {
            // The link is still good: the form keeps its secret for another try.
            error("Choose a password of " + Password.MIN_LENGTH + " to " + Password.MAX_LENGTH
                    + " characters, without control characters.");
            return null;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            done = completeSetup.complete(new CompletePasswordSetupCommand(secret, password,
                    SignInSessions.contextOf(request)));
        } catch (SetupLinkInvalidException invalid) {
            error("This setup link is invalid, used or expired. Ask your operator for a new one.");
        } finally {
            secret = null;
        }
        return null;
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public boolean isDone() {
        return done != null;
    }

    /** The organisation to sign in to, once the password is set. */
    public String getTenantName() {
        return done == null ? null : done.tenantName();
    }

    /** The user name to sign in with, once the password is set. */
    public String getUserName() {
        return done == null ? null : done.userName();
    }

    /**
     * The link's secret, rendered back only into the hidden field of the form it came from, after a
     * refusal that left the link unused; gone once the link is spent or refused.
     */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return null;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
