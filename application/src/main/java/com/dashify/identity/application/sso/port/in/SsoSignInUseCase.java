package com.dashify.identity.application.sso.port.in;

import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in through a tenant's identity provider. The adapter runs the OpenID Connect flow against
 * the provider this use case names for the tenant, verifies the ID token, and hands over what it
 * asserts; this use case matches it to the tenant's provisioned user, from that tenant's issuer only.
 */
public interface SsoSignInUseCase {

    /** The tenant's SSO configuration, by the organisation name a user typed; empty if it has none. */
    Optional<SsoConfiguration> providerFor(String tenantName);

    /** The tenant's SSO configuration, by id, when the flow comes back. */
    Optional<SsoConfiguration> providerOf(TenantId tenantId);

    /**
     * Matches a verified sign-in to the tenant's user, records the groups it names and applies the
     * role mapping to them.
     *
     * @throws SsoSignInRefusedException when no active user matches, or the issuer is not the
     *         tenant's (any more)
     */
    SsoSignedIn signIn(SsoSignInCommand command);

    /**
     * What the identity provider asserted in a verified ID token.
     *
     * @param issuer    the token's {@code iss}, already checked against the flow's provider
     * @param userClaim the value of the tenant's user claim
     * @param groups    the values of the tenant's groups claim, empty when none
     */
    record SsoSignInCommand(TenantId tenantId, String issuer, String userClaim, Set<String> groups,
                            RequestContext request) {

        public SsoSignInCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(request, "request");
            groups = Set.copyOf(groups);
        }
    }

    record SsoSignedIn(TenantId tenantId, UserId userId) {
    }
}
