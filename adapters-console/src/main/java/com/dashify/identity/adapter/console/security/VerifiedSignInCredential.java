package com.dashify.identity.adapter.console.security;

import com.dashify.identity.adapter.console.passkey.PasskeySignInServlet;
import com.dashify.identity.adapter.console.sso.SsoServlet;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.security.enterprise.credential.Credential;

/**
 * A user whose sign-in this adapter has verified already: by their tenant's identity provider
 * ({@link SsoServlet}, after validating the ID token) or by a passkey ({@link PasskeySignInServlet},
 * after verifying the assertion), and matched by the use case. Only those two make one; nothing a
 * client sends becomes one.
 */
record VerifiedSignInCredential(TenantId tenantId, UserId userId) implements Credential {
}
