package com.dashify.identity.application.service;

import com.dashify.identity.application.inmemory.FakePasswordHasher;
import com.dashify.identity.application.inmemory.InMemoryCredentialRepository;
import com.dashify.identity.application.inmemory.InMemoryDashboardRepository;
import com.dashify.identity.application.inmemory.InMemoryPasskeyRepository;
import com.dashify.identity.application.inmemory.InMemoryPasswordSetupRepository;
import com.dashify.identity.application.inmemory.InMemoryRoleMappingRepository;
import com.dashify.identity.application.inmemory.InMemorySessionRepository;
import com.dashify.identity.application.inmemory.InMemorySsoConfigurationRepository;
import com.dashify.identity.application.inmemory.InMemoryTenantRepository;
import com.dashify.identity.application.inmemory.InMemoryTokenRepository;
import com.dashify.identity.application.inmemory.InMemoryUserRepository;
import com.dashify.identity.application.inmemory.RecordingAuditTrail;
import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.CreateTenantUseCase;
import com.dashify.identity.application.port.in.RequestContext;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.UserName;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The application's services wired to in-memory adapters and a clock the test moves. */
final class Fixture {

    final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryTokenRepository tokens = new InMemoryTokenRepository(users);
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final InMemoryCredentialRepository credentials = new InMemoryCredentialRepository();
    final InMemoryPasswordSetupRepository setups = new InMemoryPasswordSetupRepository();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemorySessionRepository sessions = new InMemorySessionRepository();
    final InMemoryRoleMappingRepository roleMappings = new InMemoryRoleMappingRepository();
    final InMemoryDashboardRepository dashboards = new InMemoryDashboardRepository();
    final InMemorySsoConfigurationRepository ssoConfigurations = new InMemorySsoConfigurationRepository();
    final InMemoryPasskeyRepository passkeys = new InMemoryPasskeyRepository();
    final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T10:00:00Z"));
    final SecureRandom random = new SecureRandom();

    final CreateTenantService createTenant = new CreateTenantService(tenants, users, tokens, credentials, setups,
            hasher, audit, clock, random);
    final TokenManagementService tokenManagement = new TokenManagementService(tenants, users, tokens, audit, clock,
            random);
    final ConsoleSignInService console = new ConsoleSignInService(tenants, users, credentials, setups, hasher, audit,
            clock, random);
    final SessionService sessionService = new SessionService(tenants, users, sessions, audit, clock);
    final ProvisionUserService provision = new ProvisionUserService(users, roleMappings, audit, clock);
    final UpdateUserService update = new UpdateUserService(users, tokens, sessions, passkeys, roleMappings, audit,
            clock);
    final RoleMappingService roleMapping = new RoleMappingService(roleMappings, users, audit, clock);
    final DashboardService dashboardService = new DashboardService(dashboards, users, audit, clock);
    final CurrentUserService currentUser = new CurrentUserService(tenants, users);
    final SsoService sso = new SsoService(tenants, users, ssoConfigurations, roleMappings, audit, clock);
    final PasskeyService passkeyService = new PasskeyService(passkeys, users, audit, clock);
    final DeleteUserService delete = new DeleteUserService(users, tokens, sessions, passkeys, audit, clock);
    final UserQueryService queries = new UserQueryService(users);
    final TokenAuthenticationService authentication = new TokenAuthenticationService(tokens, audit, clock);

    static final RequestContext REQUEST = new RequestContext("req-1", "192.0.2.10", "test-agent/1.0",
            "{\"userName\":\"x\"}");

    /** A request from this address, with no payload. */
    static RequestContext from(String clientAddress) {
        return new RequestContext("req-from-" + clientAddress, clientAddress, "test-agent/1.0", null);
    }

    /** A tenant with its admin and SCIM token, and the actor that token authenticates as. */
    record TenantWithAdmin(CreateTenantUseCase.TenantCreated created, Actor actor, String scimToken) {
    }

    TenantWithAdmin tenant(String name) {
        CreateTenantUseCase.TenantCreated created = createTenant.create(new CreateTenantUseCase.CreateTenantCommand(
                TenantName.of(name), new UserName("admin@" + name + ".example"), null, REQUEST));
        Actor actor = Actor.viaToken(created.tenant().id(), created.admin().id(), created.scimToken().token().id());
        return new TenantWithAdmin(created, actor, created.scimToken().secret().reveal());
    }

    /** A clock that stands still until the test moves it. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
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
