package com.dashify.identity.bootstrap;

import com.dashify.identity.application.audit.port.in.AuditChainBacklogUseCase;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.audit.port.out.AuditChainStore;
import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.service.AuditChainService;
import com.dashify.identity.application.audit.service.AuditReadingService;
import com.dashify.identity.application.audit.service.AuditRetentionService;
import com.dashify.identity.application.audit.service.RefusalService;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.IssuePasswordSetupUseCase;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase;
import com.dashify.identity.application.credential.port.out.CredentialRepository;
import com.dashify.identity.application.credential.port.out.PasswordHasher;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepository;
import com.dashify.identity.application.credential.service.ConsoleSignInService;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase;
import com.dashify.identity.application.dashboard.port.out.DashboardRepository;
import com.dashify.identity.application.dashboard.service.DashboardService;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase;
import com.dashify.identity.application.group.port.in.DeleteGroupUseCase;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.group.port.out.GroupRepository;
import com.dashify.identity.application.group.port.out.MembershipRepository;
import com.dashify.identity.application.group.service.GroupLifecycle;
import com.dashify.identity.application.group.service.GroupOverviewService;
import com.dashify.identity.application.group.service.GroupQueryService;
import com.dashify.identity.application.paging.port.in.CursorKeyUseCase;
import com.dashify.identity.application.paging.port.out.SigningKeyRepository;
import com.dashify.identity.application.paging.service.CursorKeyService;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.passkey.service.PasskeyService;
import com.dashify.identity.application.session.port.in.EndSessionUseCase;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase;
import com.dashify.identity.application.session.port.in.StartSessionUseCase;
import com.dashify.identity.application.session.port.out.SessionRepository;
import com.dashify.identity.application.session.service.SessionService;
import com.dashify.identity.application.sso.port.in.SsoSettingsUseCase;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase;
import com.dashify.identity.application.sso.port.out.SsoConfigurationRepository;
import com.dashify.identity.application.sso.service.SsoService;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.tenant.service.CreateTenantService;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase;
import com.dashify.identity.application.token.port.in.ListTokensUseCase;
import com.dashify.identity.application.token.port.in.OperatorIssueTokenUseCase;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase;
import com.dashify.identity.application.token.port.in.WriteTokenCallCountsUseCase;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.token.service.ProvisioningActivityService;
import com.dashify.identity.application.token.service.TokenAuthenticationService;
import com.dashify.identity.application.token.service.TokenCallCounter;
import com.dashify.identity.application.token.service.TokenManagementService;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.CurrentUserUseCase;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase;
import com.dashify.identity.application.user.port.in.FindUsersUseCase;
import com.dashify.identity.application.user.port.in.GetUserUseCase;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.application.user.service.CurrentUserService;
import com.dashify.identity.application.user.service.DeleteUserService;
import com.dashify.identity.application.user.service.ProvisionUserService;
import com.dashify.identity.application.user.service.RoleMappingService;
import com.dashify.identity.application.user.service.UpdateUserService;
import com.dashify.identity.application.user.service.UserAdministrationService;
import com.dashify.identity.application.user.service.UserQueryService;
import com.dashify.identity.bootstrap.metrics.CountingAuditTrail;
import com.dashify.identity.bootstrap.metrics.ServiceMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the use-case services to the out-port adapters and offers each in-port as an
 * application-scoped CDI bean whose every call is one transaction. The adapters are CDI beans of
 * their own jars; the services know nothing of CDI.
 */
@ApplicationScoped
public class UseCaseWiring {

    /** UTC, to the millisecond: what both databases store, so a value reads back as it was written. */
    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private static final SecureRandom RANDOM = new SecureRandom();

    private TransactionBoundary boundary;
    private TenantRepository tenants;
    private UserRepository users;
    private TokenRepository tokens;
    private TokenCallCounts tokenCalls;
    private TokenCallCounter callCounter;
    private CredentialRepository credentials;
    private PasswordSetupRepository setups;
    private SessionRepository sessions;
    private PasskeyRepository passkeys;
    private RoleMappingRepository roleMappings;
    private GroupRepository groups;
    private MembershipRepository memberships;
    private DashboardRepository dashboards;
    private SsoConfigurationRepository ssoConfigurations;
    private PasswordHasher hasher;
    private AuditTrail auditTrail;
    private AuditChainStore auditChain;
    private AuditRecords auditRecords;
    private SigningKeyRepository signingKeys;

    /** For CDI's client proxy. */
    protected UseCaseWiring() {
    }

    @Inject
    public UseCaseWiring(TransactionBoundary boundary, TenantRepository tenants, UserRepository users,
                         TokenRepository tokens, TokenCallCounts tokenCalls, CredentialRepository credentials, PasswordSetupRepository setups,
                         SessionRepository sessions, PasskeyRepository passkeys,
                         RoleMappingRepository roleMappings, GroupRepository groups, MembershipRepository memberships,
                         DashboardRepository dashboards, SsoConfigurationRepository ssoConfigurations,
                         PasswordHasher hasher, AuditTrail auditTrail, AuditChainStore auditChain,
                         AuditRecords auditRecords, SigningKeyRepository signingKeys, ServiceMetrics metrics) {
        this.boundary = boundary;
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.tokenCalls = tokenCalls;
        this.credentials = credentials;
        this.setups = setups;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.roleMappings = roleMappings;
        this.groups = groups;
        this.memberships = memberships;
        this.dashboards = dashboards;
        this.ssoConfigurations = ssoConfigurations;
        this.hasher = hasher;
        this.auditTrail = new RefusalsAfterTransaction(new CountingAuditTrail(auditTrail, metrics));
        this.auditChain = auditChain;
        this.auditRecords = auditRecords;
        this.signingKeys = signingKeys;
    }

    /** The clock of every use case. */
    @Produces
    public Clock clock() {
        return CLOCK;
    }

    /** The source of token secrets. */
    @Produces
    public SecureRandom secureRandom() {
        return RANDOM;
    }

    @Produces
    @ApplicationScoped
    public CreateTenantUseCase createTenant() {
        return transactional(CreateTenantUseCase.class, tenantCreation());
    }

    @Produces
    @ApplicationScoped
    public AuditChainUseCase auditChain() {
        return transactional(AuditChainUseCase.class, new AuditChainService(auditChain, users));
    }

    @Produces
    @ApplicationScoped
    public AuditChainBacklogUseCase auditChainBacklog() {
        return transactional(AuditChainBacklogUseCase.class, new AuditChainService(auditChain, users));
    }

    /** Read at startup: a retention that is not a number of days stops the deployment with a message. */
    @Produces
    @ApplicationScoped
    public AuditRetentionUseCase auditRetention() {
        return transactional(AuditRetentionUseCase.class, new AuditRetentionService(auditChain, tenants, auditTrail,
                CLOCK, Settings.current().auditRetention().orElse(null)));
    }

    @Produces
    @ApplicationScoped
    public RecordRefusalUseCase recordRefusal() {
        return transactional(RecordRefusalUseCase.class, new RefusalService(auditTrail, CLOCK));
    }

    @Produces
    @ApplicationScoped
    public ReadAuditTrailUseCase readAuditTrail() {
        return transactional(ReadAuditTrailUseCase.class, new AuditReadingService(auditRecords, users, tokens));
    }

    @Produces
    @ApplicationScoped
    public AddOrgAdminUseCase addOrgAdmin() {
        return transactional(AddOrgAdminUseCase.class, tenantCreation());
    }

    @Produces
    @ApplicationScoped
    public UserAdministrationUseCase userAdministration() {
        return transactional(UserAdministrationUseCase.class, new UserAdministrationService(users, lifecycle()));
    }

    @Produces
    @ApplicationScoped
    public ProvisionUserUseCase provisionUser() {
        return transactional(ProvisionUserUseCase.class, new ProvisionUserService(lifecycle()));
    }

    @Produces
    @ApplicationScoped
    public UpdateUserUseCase updateUser() {
        return transactional(UpdateUserUseCase.class, new UpdateUserService(users, lifecycle()));
    }

    @Produces
    @ApplicationScoped
    public DeleteUserUseCase deleteUser() {
        return transactional(DeleteUserUseCase.class, new DeleteUserService(users, lifecycle()));
    }

    @Produces
    @ApplicationScoped
    public GetUserUseCase getUser() {
        return transactional(GetUserUseCase.class, new UserQueryService(users));
    }

    @Produces
    @ApplicationScoped
    public FindUsersUseCase findUsers() {
        return transactional(FindUsersUseCase.class, new UserQueryService(users));
    }

    @Produces
    @ApplicationScoped
    public AuthenticateTokenUseCase authenticateToken() {
        return transactional(AuthenticateTokenUseCase.class,
                new TokenAuthenticationService(tokens, callCounter(), auditTrail, CLOCK));
    }

    @Produces
    @ApplicationScoped
    public WriteTokenCallCountsUseCase writeTokenCallCounts() {
        return transactional(WriteTokenCallCountsUseCase.class, TokenCallCounter.writer(tokenCalls));
    }

    /** One counter: the calls authentication counts are those the schedule drains and writes. */
    @Produces
    @Singleton
    public synchronized TokenCallCounter callCounter() {
        if (callCounter == null) {
            callCounter = new TokenCallCounter();
        }
        return callCounter;
    }

    @Produces
    @ApplicationScoped
    public ProvisioningActivityUseCase provisioningActivity() {
        return transactional(ProvisioningActivityUseCase.class,
                new ProvisioningActivityService(tokens, tokenCalls, auditRecords, users, CLOCK));
    }

    @Produces
    @ApplicationScoped
    public IssueTokenUseCase issueToken() {
        return transactional(IssueTokenUseCase.class, tokenManagement());
    }

    @Produces
    @ApplicationScoped
    public OperatorIssueTokenUseCase operatorIssueToken() {
        return transactional(OperatorIssueTokenUseCase.class, tokenManagement());
    }

    @Produces
    @ApplicationScoped
    public ListTokensUseCase listTokens() {
        return transactional(ListTokensUseCase.class, tokenManagement());
    }

    @Produces
    @ApplicationScoped
    public RevokeTokenUseCase revokeToken() {
        return transactional(RevokeTokenUseCase.class, tokenManagement());
    }

    @Produces
    @ApplicationScoped
    public SignInAdminUseCase signInAdmin() {
        return transactional(SignInAdminUseCase.class, consoleSignIn());
    }

    @Produces
    @ApplicationScoped
    public SessionAccessUseCase sessionAccess() {
        return transactional(SessionAccessUseCase.class, sessionService());
    }

    @Produces
    @ApplicationScoped
    public CurrentUserUseCase currentUser() {
        return transactional(CurrentUserUseCase.class, new CurrentUserService(tenants, users));
    }

    @Produces
    @ApplicationScoped
    public DashboardsUseCase dashboards() {
        return transactional(DashboardsUseCase.class, new DashboardService(dashboards, users, auditTrail, CLOCK));
    }

    @Produces
    @ApplicationScoped
    public SsoSettingsUseCase ssoSettings() {
        return transactional(SsoSettingsUseCase.class, sso());
    }

    @Produces
    @ApplicationScoped
    public SsoSignInUseCase ssoSignIn() {
        return transactional(SsoSignInUseCase.class, sso());
    }

    @Produces
    @ApplicationScoped
    public RoleMappingUseCase roleMapping() {
        return transactional(RoleMappingUseCase.class, new RoleMappingService(roleMappings, users, memberships,
                lifecycle(), auditTrail, CLOCK));
    }

    @Produces
    @ApplicationScoped
    public PasskeysUseCase passkeys() {
        return transactional(PasskeysUseCase.class, passkeyService());
    }

    @Produces
    @ApplicationScoped
    public PasskeySignInUseCase passkeySignIn() {
        return transactional(PasskeySignInUseCase.class, passkeyService());
    }

    @Produces
    @ApplicationScoped
    public StartSessionUseCase startSession() {
        return transactional(StartSessionUseCase.class, sessionService());
    }

    @Produces
    @ApplicationScoped
    public EndSessionUseCase endSession() {
        return transactional(EndSessionUseCase.class, sessionService());
    }

    @Produces
    @ApplicationScoped
    public CompletePasswordSetupUseCase completePasswordSetup() {
        return transactional(CompletePasswordSetupUseCase.class, consoleSignIn());
    }

    @Produces
    @ApplicationScoped
    public IssuePasswordSetupUseCase issuePasswordSetup() {
        return transactional(IssuePasswordSetupUseCase.class, consoleSignIn());
    }

    @Produces
    @ApplicationScoped
    public ProvisionGroupUseCase provisionGroup() {
        return transactional(ProvisionGroupUseCase.class, groupLifecycle());
    }

    @Produces
    @ApplicationScoped
    public ChangeGroupUseCase changeGroup() {
        return transactional(ChangeGroupUseCase.class, groupLifecycle());
    }

    @Produces
    @ApplicationScoped
    public DeleteGroupUseCase deleteGroup() {
        return transactional(DeleteGroupUseCase.class, groupLifecycle());
    }

    @Produces
    @ApplicationScoped
    public ReadGroupsUseCase readGroups() {
        return transactional(ReadGroupsUseCase.class, new GroupQueryService(groups, memberships));
    }

    @Produces
    @ApplicationScoped
    public GroupOverviewUseCase groupOverview() {
        return transactional(GroupOverviewUseCase.class,
                new GroupOverviewService(groups, memberships, roleMappings, users));
    }

    @Produces
    @ApplicationScoped
    public CursorKeyUseCase cursorKey() {
        return transactional(CursorKeyUseCase.class, new CursorKeyService(signingKeys, RANDOM));
    }

    private CreateTenantService tenantCreation() {
        return new CreateTenantService(tenants, lifecycle(), tokens, credentials, setups, hasher, auditTrail, CLOCK,
                RANDOM);
    }

    /** Every change of a user's state, whichever use case asks for it, goes through this. */
    private UserLifecycle lifecycle() {
        return new UserLifecycle(users, roleMappings, memberships, tokens, sessions, passkeys, auditTrail, CLOCK);
    }

    private GroupLifecycle groupLifecycle() {
        return new GroupLifecycle(groups, memberships, users, roleMappings, lifecycle(), auditTrail, CLOCK);
    }

    private TokenManagementService tokenManagement() {
        return new TokenManagementService(tenants, users, tokens, auditTrail, CLOCK, RANDOM);
    }

    private ConsoleSignInService consoleSignIn() {
        return new ConsoleSignInService(tenants, users, credentials, setups, sessions, hasher, auditTrail, CLOCK,
                RANDOM);
    }

    private SsoService sso() {
        return new SsoService(tenants, users, ssoConfigurations, lifecycle(), auditTrail, CLOCK);
    }

    private PasskeyService passkeyService() {
        return new PasskeyService(passkeys, users, auditTrail, CLOCK);
    }

    private SessionService sessionService() {
        return new SessionService(tenants, users, sessions, auditTrail, CLOCK);
    }

    private <T> T transactional(Class<T> port, T service) {
        return TransactionBoundary.transactional(port, service, boundary);
    }
}
