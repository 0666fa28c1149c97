package com.dashify.identity.adapter.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console's sign-in: Jakarta Security's custom form mechanism, whose form is the Faces page
 * {@code /admin/login.xhtml}. It remembers the caller in the HTTP session; the pages under
 * {@code /admin} that need a caller are listed in the console's {@code web-fragment.xml}. SCIM and
 * the API never create a session and authenticate with bearer tokens of their own.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = ConsoleSecurityConfiguration.LOGIN_PAGE, useForwardToLogin = false, errorPage = ""))
@ApplicationScoped
public class ConsoleSecurityConfiguration {

    public static final String LOGIN_PAGE = "/admin/login.xhtml";
}
