package com.dashify.identity.application.session.service;

import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.session.port.in.EndSessionUseCase.EndSessionCommand;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase.SignedInUser;
import com.dashify.identity.application.session.port.in.StartSessionUseCase.StartSessionCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.session.SignInMethod;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");

    private SessionId startSession() {
        return fixture.sessionService.start(new StartSessionCommand(acme.actor().tenantId(), acme.actor().userId(),
                SignInMethod.PASSWORD, "JUnit", Fixture.REQUEST));
    }

    private void updateAdmin(java.util.function.UnaryOperator<UserDraft> change) {
        fixture.update.update(new UpdateUserCommand(acme.actor(), acme.actor().userId(), null, change::apply,
                Fixture.REQUEST));
    }

    @Test
    void aLiveSessionNamesItsUserAndTheirCurrentRole() {
        SessionId session = startSession();

        SignedInUser user = fixture.sessionService.check(session).orElseThrow();

        assertThat(user.tenantName()).isEqualTo("acme");
        assertThat(user.userId()).isEqualTo(acme.actor().userId());
        assertThat(user.role()).isEqualTo(Role.ORG_ADMIN);
        assertThat(user.allows(Permission.MANAGE_ORGANISATION)).isTrue();
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.start")).hasSize(1);
    }

    @Test
    void sessionsEndWithSignOutIdlenessAndDeactivation() {
        SessionId signedOut = startSession();
        SessionId idle = startSession();
        SessionId deactivated = startSession();

        fixture.sessionService.end(new EndSessionCommand(signedOut, Fixture.REQUEST));
        assertThat(fixture.sessionService.check(signedOut)).isEmpty();
        assertThat(fixture.sessionService.check(SessionId.newId())).isEmpty();
        fixture.clock.advance(Duration.ofMinutes(29));
        assertThat(fixture.sessionService.check(deactivated)).isPresent();
        fixture.clock.advance(Duration.ofMinutes(2));
        assertThat(fixture.sessionService.check(idle)).as("idle 31 minutes").isEmpty();

        updateAdmin(draft -> new UserDraft(draft.userName(), null, DEACTIVATE, draft.profile()));

        assertThat(fixture.sessionService.check(deactivated)).isEmpty();
        assertThat(fixture.sessions.findUnrevokedOf(acme.actor().tenantId(), acme.actor().userId()))
                .as("every session revoked, the idle one included").isEmpty();
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.revoke")).hasSize(2);
        assertThatThrownBy(this::startSession).as("no new session for an inactive user")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoleChangeShowsOnTheNextCheckWithoutEndingTheSession() {
        SessionId session = startSession();

        updateAdmin(draft -> new UserDraft(draft.userName(), null, UNCHANGED, new UserProfile(null, null, null,
                null, null, null, null, null, null, null, null, null,
                List.of(new RoleClaim("Viewer", null, true, null)), null)));

        SignedInUser user = fixture.sessionService.check(session).orElseThrow();
        assertThat(user.role()).isEqualTo(Role.VIEWER);
        assertThat(user.allows(Permission.MANAGE_ORGANISATION)).isFalse();
        fixture.sessionService.end(new EndSessionCommand(session, Fixture.REQUEST));
        assertThat(fixture.sessionService.check(session)).isEmpty();
        assertThat(user.actor()).isEqualTo(Actor.inSession(user.tenantId(), user.userId(), session));
    }

    @Test
    void aBrowserComingBackAfterItsSessionWentIdleIsNotRecordedAsSigningOut() {
        SessionId active = startSession();
        SessionId idle = startSession();
        fixture.sessionService.end(new EndSessionCommand(active, Fixture.REQUEST));
        fixture.clock.advance(Duration.ofMinutes(31));

        fixture.sessionService.end(new EndSessionCommand(idle, Fixture.REQUEST));

        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("session.end"))
                .extracting(entry -> String.join(",", entry.changes()))
                .containsExactly("revoked:" + SessionService.REASON_SIGNED_OUT, "revoked:" + SessionService.REASON_IDLE);
    }
}
