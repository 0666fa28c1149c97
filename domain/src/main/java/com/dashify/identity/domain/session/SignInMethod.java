package com.dashify.identity.domain.session;

/** How a session was signed in. */
public enum SignInMethod {
    /** The console's local password. */
    PASSWORD,
    /** Single sign-on through the tenant's identity provider. */
    SSO,
    /** A passkey (WebAuthn). */
    PASSKEY
}
