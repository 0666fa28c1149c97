package com.dashify.identity.adapter.console;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.security.enterprise.credential.Credential;

/**
 * A user already signed in by their tenant's identity provider and matched by the SSO use case.
 * Only {@link SsoServlet} makes one, after verifying the ID token; nothing a client sends becomes
 * one.
 */
record SsoCredential(TenantId tenantId, UserId userId) implements Credential {
}
