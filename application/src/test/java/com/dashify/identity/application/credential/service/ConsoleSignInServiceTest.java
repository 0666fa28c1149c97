package com.dashify.identity.application.credential.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase.CompletePasswordSetupCommand;
import com.dashify.identity.application.credential.port.in.CompletePasswordSetupUseCase.PasswordSet;
import com.dashify.identity.application.credential.port.in.IssuePasswordSetupUseCase.IssuePasswordSetupCommand;
import com.dashify.identity.application.credential.port.in.SetupLinkInvalidException;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignInCommand;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase.SignedIn;
import com.dashify.identity.application.session.port.in.StartSessionUseCase.StartSessionCommand;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase.CreateTenantCommand;
import com.dashify.identity.application.tenant.port.in.CreateTenantUseCase.TenantCreated;
import com.dashify.identity.domain.credential.Password;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.UserName;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSignInServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Outcome UNAUTHENTICATED = Outcome.refused(Refusal.UNAUTHENTICATED);

    private final Fixture fixture = new Fixture();

    private TenantCreated tenantWithPassword(String name) {
        return fixture.createTenant.create(new CreateTenantCommand(TenantName.of(name),
                new UserName("admin@" + name + ".example"), new Password(PASSWORD), Fixture.REQUEST));
    }

    private SignedIn signIn(String tenant, String user, String password) {
        return fixture.console.signIn(new SignInCommand(tenant, user, password.toCharArray(), Fixture.from("192.0.2.1")));
    }

    @Test
    void operatorSetPasswordLetsTheFirstAdminIn() {
        TenantCreated acme = tenantWithPassword("acme");

        SignedIn signedIn = signIn("ACME", "Admin@acme.example", PASSWORD);

        assertThat(acme.passwordSetup()).isEmpty();
        assertThat(signedIn.allowed()).isTrue();
        assertThat(signedIn.userId()).isEqualTo(acme.admin().id());
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
    void aFailedSignInToATenantIsAuditedThereWithoutThePasswordTried() {
        TenantCreated acme = tenantWithPassword("acme");

        for (String[] attempt : new String[][] {{"acme", "admin@acme.example", "wrong password!!"},
            {"acme", "nobody@acme.example", PASSWORD}, {"nosuch", "admin@acme.example", PASSWORD}}) {
            assertThatThrownBy(() -> signIn(attempt[0], attempt[1], attempt[2]))
                    .isInstanceOf(AuthenticationFailedException.class);
        }

        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("user.sign_in"))
                .extracting(AuditEntry::tenantId, AuditEntry::actorType, AuditEntry::targetId, AuditEntry::outcome,
                        AuditEntry::changes, AuditEntry::clientAddress)
                .containsExactly(
                        tuple(acme.tenant().id(), "anonymous", acme.admin().id().toString(), UNAUTHENTICATED,
                                List.of("method:password", "wrong_password"), "192.0.2.1"),
                        tuple(acme.tenant().id(), "anonymous", null, UNAUTHENTICATED,
                                List.of("method:password", "unknown_user"), "192.0.2.1"));
        assertThat(fixture.audit.entries().toString()).doesNotContain("wrong password!!");
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

    @Test
    void operatorReissuesASetupLinkToAnOrgAdminOnly() {
        TenantCreated acme = tenantWithPassword("acme");

        var secret = fixture.console.issue(new IssuePasswordSetupCommand(acme.tenant().id(),
                new UserName("ADMIN@acme.example"), Fixture.REQUEST));
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
    void aNewSetupLinkSupersedesTheUsersEarlierOnes() {
        TenantCreated acme = fixture.createTenant.create(new CreateTenantCommand(TenantName.of("acme"),
                new UserName("admin@acme.example"), null, Fixture.REQUEST));
        String first = acme.passwordSetup().orElseThrow().reveal();
        String second = issueLink(acme).reveal();
        fixture.clock.advance(Duration.ofMinutes(1));
        String third = issueLink(acme).reveal();

        for (String superseded : List.of(first, second)) {
            assertThatThrownBy(() -> fixture.console.complete(new CompletePasswordSetupCommand(superseded,
                    new Password(PASSWORD), Fixture.REQUEST))).isInstanceOf(SetupLinkInvalidException.class);
        }
        assertThat(fixture.console.complete(new CompletePasswordSetupCommand(third, new Password(PASSWORD),
                Fixture.REQUEST))).isEqualTo(new PasswordSet("acme", "admin@acme.example"));
    }

    @Test
    void aPasswordSetThroughALinkEndsTheUsersOpenSessions() {
        TenantCreated acme = tenantWithPassword("acme");
        TenantCreated other = tenantWithPassword("other");
        SessionId laptop = startSession(acme);
        SessionId phone = startSession(acme);
        SessionId someoneElse = startSession(other);

        fixture.console.complete(new CompletePasswordSetupCommand(issueLink(acme).reveal(),
                new Password("a new passphrase!"), Fixture.REQUEST));

        assertThat(fixture.sessionService.check(laptop)).isEmpty();
        assertThat(fixture.sessionService.check(phone)).isEmpty();
        assertThat(fixture.sessionService.check(someoneElse)).isPresent();
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.revoke"))
                .extracting(AuditEntry::targetId, AuditEntry::changes)
                .containsExactlyInAnyOrder(tuple(laptop.toString(), List.of("revoked:password set")),
                        tuple(phone.toString(), List.of("revoked:password set")));
    }

    @Test
    void theSessionsAPasswordSetEndsAreRecordedWithoutWhatTheBrowserSent() {
        TenantCreated acme = tenantWithPassword("acme");
        SessionId laptop = startSession(acme);

        fixture.console.complete(new CompletePasswordSetupCommand(issueLink(acme).reveal(),
                new Password("a new passphrase!"), Fixture.REQUEST.withPayload("{\"page\":\"setup\"}")));

        // As a deactivation records them: the payload is the request's, not the revocation's.
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.revoke"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.targetId()).isEqualTo(laptop.toString());
                    assertThat(entry.payload()).isNull();
                });
    }

    private TokenSecret issueLink(TenantCreated tenant) {
        return fixture.console.issue(new IssuePasswordSetupCommand(tenant.tenant().id(),
                tenant.admin().userName(), Fixture.REQUEST));
    }

    private SessionId startSession(TenantCreated tenant) {
        return fixture.sessionService.start(new StartSessionCommand(tenant.tenant().id(), tenant.admin().id(),
                SignInMethod.PASSWORD, "test-agent/1.0", Fixture.REQUEST));
    }
}
