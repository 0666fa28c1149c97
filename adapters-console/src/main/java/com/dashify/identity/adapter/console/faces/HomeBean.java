package com.dashify.identity.adapter.console.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The console's entry, {@code /admin/}: sends a signed-in admin on to the tokens page. That page is
 * a protected view, which Faces refuses to open when the request's {@code Referer} is another site
 * (a link in a mail, say); such a refusal lands back here with {@code refused=true}, and then the
 * page offers a link instead of redirecting again, which would loop.
 */
@Named
@RequestScoped
public class HomeBean {

    @Inject
    HttpServletRequest request;

    /** Navigates to the tokens page, through Faces so that the protected view's token is added. */
    public String enter() {
        if (request.getParameter("refused") != null) {
            return null;
        }
        return "/admin/tokens.xhtml?faces-redirect=true";
    }
}
