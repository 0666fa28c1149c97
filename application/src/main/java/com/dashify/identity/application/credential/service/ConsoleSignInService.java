package com.dashify.identity.application.credential.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.IssuePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.SetupLinkInvalidException;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase;
import com.dashify.identity.application.credential.port.out.CredentialRepository;
import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepository;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.user.lifecycle.SessionRevocation;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.session.SignInSession;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Console sign-in with a local password, and the one-time setup of that password. A user has one
 * usable setup link at most: issuing one supersedes the earlier ones. A password set through a link
 * ends every session the user had open, as a reset must when the old password was someone else's.
 */
public final class ConsoleSignInService implements SignInAdminUseCase, CompletePasswordSetupUseCase,
        IssuePasswordSetupUseCase {

    static final String REASON_PASSWORD_SET = "password set";

    private final TenantRepository tenants;
    private final UserRepository users;
    private final CredentialRepository credentials;
    private final PasswordSetupRepository setups;
    private final SessionRevocation sessions;
    private final PasswordHasher hasher;
    private final AuditRecorder audit;
    private final Clock clock;
    private final SecureRandom random;

    public ConsoleSignInService(TenantRepository tenants, UserRepository users, CredentialRepository credentials,
                                PasswordSetupRepository setups, SessionRepository sessions, PasswordHasher hasher,
                                AuditTrail auditTrail, Clock clock, SecureRandom random) {
        this.tenants = tenants;
        this.users = users;
        this.credentials = credentials;
        this.setups = setups;
        this.hasher = hasher;
        this.audit = new AuditRecorder(auditTrail);
        this.sessions = new SessionRevocation(sessions, audit);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        Optional<Tenant> tenant = tenant(command.tenantName());
        Optional<User> user = tenant.flatMap(found -> userNamed(found.id(), command.userName()));
        Optional<LocalCredential> credential = user.flatMap(found -> credentials.find(found.tenantId(), found.id()));
        if (credential.isEmpty()) {
            hasher.verifyNothing(command.password());
            refused(command, tenant, user, user.isEmpty() ? "unknown_user" : "no_password");
            throw new AuthenticationFailedException();
        }
        if (!hasher.verify(command.password(), credential.get().passwordHash())) {
            refused(command, tenant, user, "wrong_password");
            throw new AuthenticationFailedException();
        }
        User found = user.get();
        return new SignedIn(found.tenantId(), found.id(), found.userName().value(), found.isActiveOrgAdmin());
    }

    @Override
    public PasswordSet complete(CompletePasswordSetupCommand command) {
        if (!TokenSecret.isWellFormed(TokenSecret.SETUP_PREFIX, command.setupSecret())) {
            throw new SetupLinkInvalidException();
        }
        Instant now = clock.instant();
        TokenHash hash = TokenHash.of(command.setupSecret());
        PasswordSetup setup = setups.findByHashForUpdate(hash)
                .filter(found -> found.secretHash().matches(hash) && found.isUsableAt(now))
                .orElseThrow(SetupLinkInvalidException::new);
        User user = users.findById(setup.tenantId(), setup.userId())
                .filter(found -> found.isActive() && !found.isDeleted())
                .orElseThrow(SetupLinkInvalidException::new);
        Tenant tenant = tenants.findById(setup.tenantId()).orElseThrow(SetupLinkInvalidException::new);
        List<SignInSession> open = sessions.openOf(user);
        setup.use(now);
        setups.update(setup);
        credentials.save(new LocalCredential(user.tenantId(), user.id(), hasher.hash(command.password()), now));
        Actor actor = Actor.signingIn(user.tenantId(), user.id());
        audit.byUser(actor, "credential.set", "user", user.id().toString(), List.of("password_set_by_setup_link"),
                command.request(), now);
        // Whoever signed in before, with the old password or a session taken over, is signed out.
        sessions.end(open, REASON_PASSWORD_SET, actor, command.request(), now);
        return new PasswordSet(tenant.name().value(), user.userName().value());
    }

    @Override
    public TokenSecret issue(IssuePasswordSetupCommand command) {
        tenants.findById(command.tenantId()).orElseThrow(TenantNotFoundException::new);
        User admin = users.findByUserName(command.tenantId(), command.userName())
                .filter(User::isActiveOrgAdmin)
                .orElseThrow(() -> new AccessDeniedException("no active Org Admin of the tenant has that user name"));
        Instant now = clock.instant();
        // The newest link is the only one that works: a link sent earlier, perhaps to a mailbox
        // someone else reads, stops working the moment the operator issues another.
        for (PasswordSetup earlier : setups.findUsableOfForUpdate(admin.tenantId(), admin.id(), now)) {
            earlier.supersede(now);
            setups.update(earlier);
        }
        PasswordSetup.Issued setup = PasswordSetup.issue(admin.tenantId(), admin.id(), now, random);
        setups.add(setup.setup());
        audit.byOperator(admin.tenantId(), "credential.setup_link_issue", "user", admin.id().toString(),
                List.of("password_setup_link_issued"), command.request(), now);
        return setup.secret();
    }

    /** A failed sign-in to a tenant that exists is that tenant's business; one to no tenant is nobody's. */
    private void refused(SignInCommand command, Optional<Tenant> tenant, Optional<User> user, String reason) {
        tenant.ifPresent(found -> audit.refusedAnonymous(found.id(), "user.sign_in", "user",
                user.map(named -> named.id().toString()).orElse(null), Outcome.refused(Refusal.UNAUTHENTICATED),
                List.of("method:password", reason), command.request(), clock.instant()));
    }

    private Optional<Tenant> tenant(String name) {
        try {
            return tenants.findByName(TenantName.of(name));
        } catch (InvalidValueException notATenantName) {
            return Optional.empty();
        }
    }

    private Optional<User> userNamed(TenantId tenantId, String userName) {
        try {
            return users.findByUserName(tenantId, new UserName(userName));
        } catch (InvalidValueException notAUserName) {
            return Optional.empty();
        }
    }
}
