package com.dashify.identity.adapter.console;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form. On success the session id changes (no fixation) and the admin lands on the
 * tokens page; every failure gets the same message.
 */
@Named
@RequestScoped
public class LoginBean {

    static final String FAILED = "Organisation, user name or password is wrong.";

    @Inject
    SecurityContext securityContext;
    @Inject
    FacesContext faces;

    private String organisation;
    private String userName;
    private String password;

    public String signIn() {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new ConsoleCredential(trim(organisation), trim(userName), typed))
                .newAuthentication(true));
        java.util.Arrays.fill(typed, '\0');
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete();
                return null;
            case SUCCESS:
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                return "/admin/index.xhtml?faces-redirect=true";
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
