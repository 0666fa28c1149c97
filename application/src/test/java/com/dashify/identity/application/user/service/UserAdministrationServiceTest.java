package com.dashify.identity.application.user.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase.RegisterPasskeyCommand;
import com.dashify.identity.application.session.port.in.StartSessionUseCase.StartSessionCommand;
import com.dashify.identity.application.tenant.port.in.AddOrgAdminUseCase.AddOrgAdminCommand;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.user.port.in.AdministrationRefusedException;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase.FindUsersQuery;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase.UserStatusCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import com.dashify.identity.domain.user.UserProfile;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAdministrationServiceTest {

    private final Fixture fixture = new Fixture();
    private final UserAdministrationService administration = new UserAdministrationService(fixture.users,
            fixture.lifecycle);
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Actor admin = Actor.signingIn(acme.actor().tenantId(), acme.actor().userId());

    private User provision(String userName, String role) {
        UserProfile profile = UserProfile.EMPTY;
        User user = fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
                new UserDraft(new UserName(userName), null, ACTIVATE, profile), Fixture.REQUEST));
        if (role != null) {
            user.changeRole(Role.named(role).orElseThrow(), fixture.clock.instant());
            user.pullEvents();
            fixture.users.update(user);
        }
        return user;
    }

    @Test
    void deactivationInTheConsoleClosesEveryDoorLikeTheDirectorysAndIsAudited() {
        User dana = provision("dana@acme.example", null);
        fixture.sessionService.start(new StartSessionCommand(dana.tenantId(), dana.id(), SignInMethod.SSO, "test",
                Fixture.REQUEST));
        fixture.passkeyService.register(new RegisterPasskeyCommand(Actor.signingIn(dana.tenantId(), dana.id()), "Key",
                "cred-dana", new byte[] {1}, 0, Fixture.REQUEST));
        fixture.tokens.add(PersonalAccessToken.issue(TokenId.newId(), dana.tenantId(), dana.id(),
                new TokenName("Dana's automation"), Set.of(Scope.API), fixture.clock.instant(), null,
                fixture.random).token());

        User deactivated = administration.deactivate(new UserStatusCommand(admin, dana.id(), Fixture.REQUEST));

        assertThat(deactivated.isActive()).isFalse();
        assertThat(fixture.sessions.findUnrevokedOf(dana.tenantId(), dana.id())).isEmpty();
        assertThat(fixture.tokens.findUnrevokedOwnedBy(dana.tenantId(), dana.id())).isEmpty();
        assertThat(fixture.passkeys.findOf(dana.tenantId(), dana.id())).allSatisfy(p -> assertThat(p.isEnabled()).isFalse());
        assertThat(fixture.audit.entries()).extracting(entry -> entry.action())
                .contains("user.deactivate", "session.revoke", "token.revoke", "passkey.disable");

        User back = administration.reactivate(new UserStatusCommand(admin, dana.id(), Fixture.REQUEST));
        assertThat(back.isActive()).isTrue();
        assertThat(fixture.passkeys.findOf(dana.tenantId(), dana.id())).allSatisfy(p -> assertThat(p.isEnabled()).isFalse());
    }

    @Test
    void anAdminCannotDeactivateThemselvesSoTheConsoleAlwaysLeavesAnActiveOrgAdmin() {
        assertThatThrownBy(() -> administration.deactivate(new UserStatusCommand(admin, admin.userId(),
                Fixture.REQUEST))).isInstanceOf(AdministrationRefusedException.class);
        assertThat(fixture.users.findById(admin.tenantId(), admin.userId()).orElseThrow().isActive()).isTrue();

        User second = provision("second.admin@acme.example", "OrgAdmin");
        Actor asSecond = Actor.signingIn(second.tenantId(), second.id());
        administration.deactivate(new UserStatusCommand(asSecond, admin.userId(), Fixture.REQUEST));
        assertThatThrownBy(() -> administration.deactivate(new UserStatusCommand(admin, second.id(), Fixture.REQUEST)))
                .as("the admin deactivated first can no longer act").isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void onlyOrgAdminsAdministerAndOnlyTheirOwnTenant() {
        User editor = provision("ed@acme.example", "Editor");
        Fixture.TenantWithAdmin globex = fixture.tenant("globex");

        assertThatThrownBy(() -> administration.deactivate(new UserStatusCommand(Actor.signingIn(editor.tenantId(),
                editor.id()), admin.userId(), Fixture.REQUEST))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.find(new FindUsersQuery(Actor.signingIn(editor.tenantId(),
                editor.id()), "", 0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(new UserStatusCommand(admin,
                globex.actor().userId(), Fixture.REQUEST))).isInstanceOf(UserNotFoundException.class);
        assertThat(fixture.users.findById(globex.actor().tenantId(), globex.actor().userId()).orElseThrow().isActive())
                .isTrue();
        assertThat(administration.find(new FindUsersQuery(admin, "ED@", 0, 10)).items())
                .extracting(user -> user.userName().value()).containsExactly("ed@acme.example");
    }

    @Test
    void theOperatorAddsAnOrgAdminToATenantWhoseDirectoryDeactivatedEveryAdmin() {
        fixture.update.update(new UpdateUserCommand(acme.actor(), acme.actor().userId(), null,
                draft -> new UserDraft(draft.userName(), null, DEACTIVATE, draft.profile()), Fixture.REQUEST));
        assertThat(fixture.users.findById(admin.tenantId(), admin.userId()).orElseThrow().isActive()).isFalse();

        var added = fixture.createTenant.add(new AddOrgAdminCommand(acme.actor().tenantId(),
                new UserName("break-glass@acme.example"), null, Fixture.REQUEST));

        assertThat(added.admin().isActiveOrgAdmin()).isTrue();
        assertThat(added.passwordSetup()).isPresent();
        assertThat(fixture.audit.entries()).extracting(entry -> entry.action()).contains("user.add_org_admin");
        assertThatThrownBy(() -> fixture.createTenant.add(new AddOrgAdminCommand(acme.actor().tenantId(),
                new UserName("BREAK-GLASS@acme.example"), null, Fixture.REQUEST)))
                .isInstanceOf(UserNameTakenException.class);
        assertThatThrownBy(() -> fixture.createTenant.add(new AddOrgAdminCommand(TenantId.newId(),
                new UserName("x@y.example"), null, Fixture.REQUEST))).isInstanceOf(TenantNotFoundException.class);
    }
}
