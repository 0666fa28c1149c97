package com.dashify.identity.application.sso.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.sso.port.in.SsoSettingsUseCase;
import com.dashify.identity.application.sso.port.in.SsoSignInRefusedException;
import com.dashify.identity.application.sso.port.in.SsoSignInRefusedException.Reason;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase;
import com.dashify.identity.application.sso.port.out.SsoConfigurationRepository;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A tenant's single sign-on: its configuration, and matching a verified sign-in to its user. */
public final class SsoService implements SsoSettingsUseCase, SsoSignInUseCase {

    private final TenantRepository tenants;
    private final UserRepository users;
    private final SsoConfigurationRepository configurations;
    private final UserLifecycle lifecycle;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final Clock clock;

    public SsoService(TenantRepository tenants, UserRepository users, SsoConfigurationRepository configurations,
                      UserLifecycle lifecycle, AuditTrail auditTrail, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.configurations = configurations;
        this.lifecycle = lifecycle;
        this.authorization = new Authorization(users);
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public Optional<SsoConfiguration> get(Actor actor) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        return configurations.find(actor.tenantId());
    }

    @Override
    public SsoConfiguration replace(ReplaceSsoCommand command) {
        authorization.require(command.actor(), Permission.MANAGE_ORGANISATION);
        TenantId tenantId = command.actor().tenantId();
        URI issuer = SsoConfiguration.issuerOf(command.issuer());
        // The stored secret is kept only for the provider and client it was given for: otherwise
        // pointing the issuer at another server would send it the real provider's secret.
        String secret = command.clientSecret() != null ? command.clientSecret()
                : configurations.find(tenantId)
                        .filter(stored -> stored.issuer().equals(issuer) && stored.clientId().equals(command.clientId()))
                        .map(SsoConfiguration::clientSecret)
                        .orElseThrow(() -> new InvalidValueException("clientSecret",
                                "is required when the issuer or client id changes"));
        SsoConfiguration configuration = new SsoConfiguration(tenantId, issuer, command.clientId(), secret,
                command.userClaim(), command.groupsClaim());
        configurations.save(configuration);
        audit.byUser(command.actor(), "sso.configure", "tenant", tenantId.toString(),
                List.of("issuer:" + configuration.issuerId()), command.request(), clock.instant());
        return configuration;
    }

    @Override
    public void remove(Actor actor, RequestContext request) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        configurations.remove(actor.tenantId());
        audit.byUser(actor, "sso.remove", "tenant", actor.tenantId().toString(), List.of(), request, clock.instant());
    }

    @Override
    public Optional<SsoConfiguration> providerFor(String tenantName) {
        try {
            return tenants.findByName(TenantName.of(tenantName)).flatMap(tenant -> configurations.find(tenant.id()));
        } catch (InvalidValueException notATenantName) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<SsoConfiguration> providerOf(TenantId tenantId) {
        return configurations.find(tenantId);
    }

    @Override
    public SsoSignedIn signIn(SsoSignInCommand command) {
        SsoConfiguration configuration = configurations.find(command.tenantId())
                .filter(found -> found.issuerId().equals(command.issuer()))
                .orElseThrow(() -> refused(command, null, Reason.NOT_CONFIGURED));
        User found = userNamed(configuration.tenantId(), command.userClaim())
                .flatMap(user -> users.findForUpdate(user.tenantId(), user.id()))
                .orElseThrow(() -> refused(command, null, Reason.UNKNOWN_USER));
        if (!found.isActive() || found.isDeleted()) {
            throw refused(command, found, Reason.INACTIVE_USER);
        }
        Actor signingIn = Actor.signingIn(found.tenantId(), found.id());
        Instant now = clock.instant();
        lifecycle.signedInWithGroups(signingIn, found, command.groups(), command.request(), now);
        audit.byUser(signingIn, "user.sign_in", "user", found.id().toString(), List.of("method:sso"),
                command.request(), now);
        return new SsoSignedIn(found.tenantId(), found.id());
    }

    /** Records the refusal in the tenant's trail (it commits on its own) and returns what to throw. */
    private SsoSignInRefusedException refused(SsoSignInCommand command, User user, Reason reason) {
        audit.refusedAnonymous(command.tenantId(), "user.sign_in", "user", user == null ? null : user.id().toString(),
                Outcome.refused(Refusal.FORBIDDEN), List.of("method:sso", reason.name().toLowerCase(Locale.ROOT)),
                command.request(), clock.instant());
        return new SsoSignInRefusedException(reason);
    }

    private Optional<User> userNamed(TenantId tenantId, String userName) {
        if (userName == null) {
            return Optional.empty();
        }
        try {
            return users.findByUserName(tenantId, new UserName(userName));
        } catch (InvalidValueException notAUserName) {
            return Optional.empty();
        }
    }
}
