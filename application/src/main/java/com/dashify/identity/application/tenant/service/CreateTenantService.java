package com.dashify.identity.application.tenant.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.credential.port.out.CredentialRepository;
import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepository;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates a tenant with its first Org Admin, that admin's console password (or a one-time link to
 * choose one), and a non-expiring SCIM token owned by that admin; and adds an Org Admin the same
 * way to a tenant that lost all of its own.
 */
public final class CreateTenantService implements CreateTenantUseCase, AddOrgAdminUseCase {

    static final TokenName INITIAL_TOKEN_NAME = new TokenName("Initial SCIM token");

    private final TenantRepository tenants;
    private final UserLifecycle lifecycle;
    private final TokenRepository tokens;
    private final CredentialRepository credentials;
    private final PasswordSetupRepository setups;
    private final PasswordHasher hasher;
    private final AuditRecorder audit;
    private final Clock clock;
    private final SecureRandom random;

    public CreateTenantService(TenantRepository tenants, UserLifecycle lifecycle, TokenRepository tokens,
                               CredentialRepository credentials, PasswordSetupRepository setups, PasswordHasher hasher,
                               AuditTrail auditTrail, Clock clock, SecureRandom random) {
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.tokens = tokens;
        this.credentials = credentials;
        this.setups = setups;
        this.hasher = hasher;
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public TenantCreated create(CreateTenantCommand command) {
        Instant now = clock.instant();
        Tenant tenant = new Tenant(TenantId.newId(), command.name(), now);
        tenants.add(tenant);

        User storedAdmin = lifecycle.provisionLocalOrgAdmin(tenant.id(), command.adminUserName());

        // IdPs quarantine a provisioning job whose token expires, so the connector token does not.
        IssuedToken scimToken = PersonalAccessToken.issue(TokenId.newId(), tenant.id(), storedAdmin.id(),
                INITIAL_TOKEN_NAME, Set.of(Scope.SCIM), now, null, random);
        tokens.add(scimToken.token());

        // The first admin signs in to the console with a password: set now by the operator, or
        // chosen by the admin through a one-time link.
        Optional<TokenSecret> setupSecret = consolePassword(storedAdmin, command.adminPassword(), now);
        String credentialChange = setupSecret.isPresent() ? "password_setup_link_issued" : "password_set_by_operator";

        audit.byOperator(tenant.id(), "tenant.create", "tenant", tenant.id().toString(),
                List.of("created", "admin:" + storedAdmin.id(), credentialChange), command.request(), now);
        audit.byOperator(tenant.id(), "token.issue", "token", scimToken.token().id().toString(),
                List.of("name:" + INITIAL_TOKEN_NAME.value().replace(' ', '_'), "scopes:scim",
                        "owner:" + storedAdmin.id()), command.request(), now);
        return new TenantCreated(tenant, storedAdmin, scimToken, setupSecret);
    }

    @Override
    public OrgAdminAdded add(AddOrgAdminCommand command) {
        tenants.findById(command.tenantId()).orElseThrow(TenantNotFoundException::new);
        Instant now = clock.instant();
        User stored = lifecycle.provisionLocalOrgAdmin(command.tenantId(), command.userName());
        Optional<TokenSecret> setupSecret = consolePassword(stored, command.password(), now);
        audit.byOperator(command.tenantId(), "user.add_org_admin", "user", stored.id().toString(),
                List.of("role:OrgAdmin", setupSecret.isPresent() ? "password_setup_link_issued"
                        : "password_set_by_operator"), command.request(), now);
        return new OrgAdminAdded(stored, setupSecret);
    }

    /** Sets the admin's console password, or issues the one-time link to choose one (returned). */
    private Optional<TokenSecret> consolePassword(User admin, Password password, Instant now) {
        if (password != null) {
            credentials.save(new LocalCredential(admin.tenantId(), admin.id(), hasher.hash(password), now));
            return Optional.empty();
        }
        PasswordSetup.Issued setup = PasswordSetup.issue(admin.tenantId(), admin.id(), now, random);
        setups.add(setup.setup());
        return Optional.of(setup.secret());
    }
}
