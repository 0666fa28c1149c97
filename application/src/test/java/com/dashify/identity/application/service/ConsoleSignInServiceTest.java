package com.dashify.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.port.in.AccessDeniedException;
import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.AuthenticationFailedException;
import com.dashify.identity.application.port.in.IssuePasswordSetupUseCase.IssuePasswordSetupCommand;
import com.dashify.identity.application.port.in.CompletePasswordSetupUseCase.CompletePasswordSetupCommand;
import com.dashify.identity.application.port.in.CompletePasswordSetupUseCase.PasswordSet;
import com.dashify.identity.application.port.in.ConsoleAccessUseCase.Allowed;
import com.dashify.identity.application.port.in.ConsoleAccessUseCase.Ended;
import com.dashify.identity.application.port.in.ConsoleAccessUseCase.NotAllowed;
import com.dashify.identity.application.port.in.CreateTenantUseCase.CreateTenantCommand;
import com.dashify.identity.application.port.in.CreateTenantUseCase.TenantCreated;
import com.dashify.identity.application.port.in.SetupLinkInvalidException;
import com.dashify.identity.application.port.in.SignInAdminUseCase.SignInCommand;
import com.dashify.identity.application.port.in.SignInAdminUseCase.SignedIn;
import com.dashify.identity.application.port.in.EndSessionUseCase.EndSessionCommand;
import com.dashify.identity.application.port.in.StartSessionUseCase.StartSessionCommand;
import com.dashify.identity.application.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.port.in.UserDraft;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSignInServiceTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final Fixture fixture = new Fixture();

    private TenantCreated tenantWithPassword(String name) {
        return fixture.createTenant.create(new CreateTenantCommand(TenantName.of(name),
                new UserName("admin@" + name + ".example"), new Password(PASSWORD), Fixture.REQUEST));
    }

    private SignedIn signIn(String tenant, String user, String password) {
        return fixture.console.signIn(new SignInCommand(tenant, user, password.toCharArray(), "192.0.2.1"));
    }

    @Test
    void operatorSetPasswordLetsTheFirstAdminIn() {
        TenantCreated acme = tenantWithPassword("acme");

        SignedIn signedIn = signIn("ACME", "Admin@acme.example", PASSWORD);

        assertThat(acme.passwordSetup()).isEmpty();
        assertThat(signedIn.allowed()).isTrue();
        assertThat(signedIn.userId()).isEqualTo(acme.admin().id());
        SessionId session = startSession(signedIn);
        assertThat(fixture.console.check(session)).isInstanceOfSatisfying(Allowed.class,
                allowed -> assertThat(allowed.admin().tenantName()).isEqualTo("acme"));
    }

    @Test
    void everyWrongCredentialFailsTheSameWayAndSpendsAVerification() {
        tenantWithPassword("acme");
        int before = fixture.hasher.verifications();

        for (String[] attempt : new String[][] {{"acme", "admin@acme.example", "wrong password!!"},
            {"acme", "nobody@acme.example", PASSWORD}, {"nosuch", "admin@acme.example", PASSWORD},
            {"Not a name!", "admin@acme.example", PASSWORD}, {"acme", " ", PASSWORD}}) {
            assertThatThrownBy(() -> signIn(attempt[0], attempt[1], attempt[2]))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThat(fixture.hasher.verifications() - before).isEqualTo(5);
    }

    @Test
    void setupLinkSetsThePasswordOnceAndOnlyBeforeItExpires() {
        TenantCreated acme = fixture.createTenant.create(new CreateTenantCommand(TenantName.of("acme"),
                new UserName("admin@acme.example"), null, Fixture.REQUEST));
        String secret = acme.passwordSetup().orElseThrow().reveal();
        assertThatThrownBy(() -> signIn("acme", "admin@acme.example", PASSWORD))
                .isInstanceOf(AuthenticationFailedException.class);

        PasswordSet set = fixture.console.complete(new CompletePasswordSetupCommand(secret, new Password(PASSWORD),
                Fixture.REQUEST));

        assertThat(set).isEqualTo(new PasswordSet("acme", "admin@acme.example"));
        assertThat(signIn("acme", "admin@acme.example", PASSWORD).allowed()).isTrue();
        assertThatThrownBy(() -> fixture.console.complete(new CompletePasswordSetupCommand(secret,
                new Password("another long password"), Fixture.REQUEST))).isInstanceOf(SetupLinkInvalidException.class);
        assertThat(signIn("acme", "admin@acme.example", PASSWORD).allowed()).isTrue();
    }

    @Test
    void expiredOrForgedSetupLinksAreRefused() {
        TenantCreated acme = fixture.createTenant.create(new CreateTenantCommand(TenantName.of("acme"),
                new UserName("admin@acme.example"), null, Fixture.REQUEST));
        String secret = acme.passwordSetup().orElseThrow().reveal();
        fixture.clock.advance(Duration.ofHours(72));

        assertThatThrownBy(() -> fixture.console.complete(new CompletePasswordSetupCommand(secret,
                new Password(PASSWORD), Fixture.REQUEST))).isInstanceOf(SetupLinkInvalidException.class);
        assertThatThrownBy(() -> fixture.console.complete(new CompletePasswordSetupCommand("dfy_setup_nonsense",
                new Password(PASSWORD), Fixture.REQUEST))).isInstanceOf(SetupLinkInvalidException.class);
    }

    private SessionId startSession(SignedIn signedIn) {
        return fixture.console.start(new StartSessionCommand(signedIn.tenantId(), signedIn.userId(),
                SignInMethod.PASSWORD, "JUnit", Fixture.REQUEST));
    }

    @Test
    void sessionsEndWithSignOutIdlenessAndDeactivation() {
        TenantCreated acme = tenantWithPassword("acme");
        SignedIn signedIn = signIn("acme", "admin@acme.example", PASSWORD);
        SessionId signedOut = startSession(signedIn);
        SessionId idle = startSession(signedIn);
        SessionId deactivated = startSession(signedIn);
        SessionId unknown = SessionId.newId();

        fixture.console.end(new EndSessionCommand(signedOut, Fixture.REQUEST));
        assertThat(fixture.console.check(signedOut)).isInstanceOf(Ended.class);
        assertThat(fixture.console.check(unknown)).isInstanceOf(Ended.class);
        fixture.clock.advance(Duration.ofMinutes(29));
        assertThat(fixture.console.check(deactivated)).isInstanceOf(Allowed.class);
        fixture.clock.advance(Duration.ofMinutes(2));
        assertThat(fixture.console.check(idle)).as("idle 31 minutes").isInstanceOf(Ended.class);

        fixture.update.update(new UpdateUserCommand(Actor.signedIn(acme.tenant().id(), acme.admin().id()),
                acme.admin().id(), null, draft -> new UserDraft(draft.userName(), null, false, draft.profile()),
                Fixture.REQUEST));

        assertThat(fixture.console.check(deactivated)).isInstanceOf(Ended.class);
        assertThat(fixture.sessions.findUnrevokedOf(acme.tenant().id(), acme.admin().id()))
                .as("every session revoked, the idle one included").isEmpty();
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.revoke")).hasSize(2);
        assertThatThrownBy(() -> startSession(signedIn)).as("no new session for an inactive user")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void operatorReissuesASetupLinkToAnOrgAdminOnly() {
        TenantCreated acme = tenantWithPassword("acme");

        var secret = fixture.console.issue(new IssuePasswordSetupCommand(acme.tenant().id(), new UserName("ADMIN@acme.example"), Fixture.REQUEST));
        fixture.console.complete(new CompletePasswordSetupCommand(secret.reveal(), new Password("a new passphrase!"),
                Fixture.REQUEST));

        assertThat(signIn("acme", "admin@acme.example", "a new passphrase!").allowed()).isTrue();
        assertThatThrownBy(() -> signIn("acme", "admin@acme.example", PASSWORD))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> fixture.console.issue(new IssuePasswordSetupCommand(acme.tenant().id(),
                new UserName("nobody@acme.example"), Fixture.REQUEST)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demotedOrDeactivatedAdminLosesTheConsoleAtOnce() {
        TenantCreated acme = tenantWithPassword("acme");
        var actor = Actor.signedIn(acme.tenant().id(), acme.admin().id());

        SessionId session = startSession(signIn("acme", "admin@acme.example", PASSWORD));
        fixture.update.update(new UpdateUserCommand(actor, acme.admin().id(), null, draft -> new UserDraft(
                draft.userName(), null, null, new UserProfile(null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(new RoleClaim("Viewer", null, true, null)), null)), Fixture.REQUEST));

        assertThat(fixture.console.check(session)).isInstanceOf(NotAllowed.class);
        assertThat(fixture.console.check(session)).as("a role, not a session state").isInstanceOf(NotAllowed.class);
        fixture.console.end(new EndSessionCommand(session, Fixture.REQUEST));
        assertThat(fixture.console.check(session)).isInstanceOf(Ended.class);
        SignedIn again = signIn("acme", "admin@acme.example", PASSWORD);
        assertThat(again.allowed()).isFalse();
    }
}
