package com.dashify.identity.application;

import com.dashify.identity.application.audit.service.AuditReadingService;
import com.dashify.identity.application.audit.port.out.RecordingAuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.credential.port.out.FakePasswordHasher;
import com.dashify.identity.application.credential.port.out.InMemoryCredentialRepository;
import com.dashify.identity.application.credential.port.out.InMemoryPasswordSetupRepository;
import com.dashify.identity.application.credential.service.ConsoleSignInService;
import com.dashify.identity.application.dashboard.port.out.InMemoryDashboardRepository;
import com.dashify.identity.application.dashboard.service.DashboardService;
import com.dashify.identity.application.group.port.out.InMemoryGroupRepository;
import com.dashify.identity.application.group.port.out.InMemoryMembershipRepository;
import com.dashify.identity.application.group.service.GroupLifecycle;
import com.dashify.identity.application.group.service.GroupOverviewService;
import com.dashify.identity.application.group.service.GroupQueryService;
import com.dashify.identity.application.passkey.port.out.InMemoryPasskeyRepository;
import com.dashify.identity.application.passkey.service.PasskeyService;
import com.dashify.identity.application.session.port.out.InMemorySessionRepository;
import com.dashify.identity.application.session.service.SessionService;
import com.dashify.identity.application.sso.port.out.InMemorySsoConfigurationRepository;
import com.dashify.identity.application.sso.service.SsoService;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase;
import com.dashify.identity.application.tenant.port.out.InMemoryTenantRepository;
import com.dashify.identity.application.tenant.service.CreateTenantService;
import com.dashify.identity.application.token.port.out.InMemoryTokenCallCounts;
import com.dashify.identity.application.token.port.out.InMemoryTokenRepository;
import com.dashify.identity.application.token.service.ProvisioningActivityService;
import com.dashify.identity.application.token.service.TokenAuthenticationService;
import com.dashify.identity.application.token.service.TokenCallCounter;
import com.dashify.identity.application.token.service.TokenManagementService;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.out.InMemoryRoleMappingRepository;
import com.dashify.identity.application.user.port.out.InMemoryUserRepository;
import com.dashify.identity.application.user.service.CurrentUserService;
import com.dashify.identity.application.user.service.DeleteUserService;
import com.dashify.identity.application.user.service.ProvisionUserService;
import com.dashify.identity.application.user.service.RoleMappingService;
import com.dashify.identity.application.user.service.UpdateUserService;
import com.dashify.identity.application.user.service.UserQueryService;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.UserName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The application's services wired to in-memory adapters and a clock the test moves. */
public final class Fixture {

    public final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryTokenRepository tokens = new InMemoryTokenRepository(users);
    public final RecordingAuditTrail audit = new RecordingAuditTrail();
    public final InMemoryCredentialRepository credentials = new InMemoryCredentialRepository();
    public final InMemoryPasswordSetupRepository setups = new InMemoryPasswordSetupRepository();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemoryRoleMappingRepository roleMappings = new InMemoryRoleMappingRepository();
    public final InMemoryDashboardRepository dashboards = new InMemoryDashboardRepository();
    public final InMemorySsoConfigurationRepository ssoConfigurations = new InMemorySsoConfigurationRepository();
    public final InMemoryPasskeyRepository passkeys = new InMemoryPasskeyRepository();
    public final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T10:00:00Z"));
    public final SecureRandom random = new SecureRandom();

    public final InMemoryGroupRepository groups = new InMemoryGroupRepository();
    public final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository(groups, users);

    public final UserLifecycle lifecycle = new UserLifecycle(users, roleMappings, memberships, tokens, sessions,
            passkeys, audit, clock);
    public final CreateTenantService createTenant = new CreateTenantService(tenants, lifecycle, tokens, credentials,
            setups, hasher, audit, clock, random);
    public final TokenManagementService tokenManagement = new TokenManagementService(tenants, users, tokens, audit,
            clock, random);
    public final ConsoleSignInService console = new ConsoleSignInService(tenants, users, credentials, setups,
            sessions, hasher, audit, clock, random);
    public final SessionService sessionService = new SessionService(tenants, users, sessions, audit, clock);
    public final ProvisionUserService provision = new ProvisionUserService(lifecycle);
    public final UpdateUserService update = new UpdateUserService(users, lifecycle);
    public final RoleMappingService roleMapping = new RoleMappingService(roleMappings, users, memberships, lifecycle,
            audit, clock);
    public final GroupLifecycle groupLifecycle = new GroupLifecycle(groups, memberships, users, roleMappings, lifecycle,
            audit, clock);
    public final GroupQueryService groupQueries = new GroupQueryService(groups, memberships);
    public final GroupOverviewService groupOverview = new GroupOverviewService(groups, memberships, roleMappings,
            users);
    public final DashboardService dashboardService = new DashboardService(dashboards, users, audit, clock);
    public final CurrentUserService currentUser = new CurrentUserService(tenants, users);
    public final SsoService sso = new SsoService(tenants, users, ssoConfigurations, lifecycle, audit, clock);
    public final PasskeyService passkeyService = new PasskeyService(passkeys, users, audit, clock);
    public final DeleteUserService delete = new DeleteUserService(users, lifecycle);
    public final UserQueryService queries = new UserQueryService(users);
    public final InMemoryTokenCallCounts tokenCalls = new InMemoryTokenCallCounts();
    public final TokenCallCounter callCounter = new TokenCallCounter();
    public final TokenAuthenticationService authentication = new TokenAuthenticationService(tokens, callCounter, audit,
            clock);
    public final ProvisioningActivityService provisioningActivity = new ProvisioningActivityService(tokens, tokenCalls,
            audit, users, clock);
    public final AuditReadingService auditReading = new AuditReadingService(audit, users, tokens);

    public static final RequestContext REQUEST = new RequestContext("req-1", "192.0.2.10", "test-agent/1.0",
            "{\"userName\":\"x\"}");

    /** A request from this address, with no payload. */
    public static RequestContext from(String clientAddress) {
        return new RequestContext("req-from-" + clientAddress, clientAddress, "test-agent/1.0", null);
    }

    /** A tenant with its admin and SCIM token, and the actor that token authenticates as. */
    public record TenantWithAdmin(CreateTenantUseCase.TenantCreated created, Actor actor, String scimToken) {
    }

    public TenantWithAdmin tenant(String name) {
        CreateTenantUseCase.TenantCreated created = createTenant.create(new CreateTenantUseCase.CreateTenantCommand(
                TenantName.of(name), new UserName("admin@" + name + ".example"), null, REQUEST));
        Actor actor = Actor.viaToken(created.tenant().id(), created.admin().id(), created.scimToken().token().id());
        return new TenantWithAdmin(created, actor, created.scimToken().secret().reveal());
    }

    /** A clock that stands still until the test moves it. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
