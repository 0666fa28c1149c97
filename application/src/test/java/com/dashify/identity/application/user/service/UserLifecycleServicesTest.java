package com.dashify.identity.application.user.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase.AuthenticateTokenCommand;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase.DeleteUserCommand;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.StaleVersionException;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserLifecycleServicesTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");

    private static UserProfile roles(String primaryRole) {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(new RoleClaim(primaryRole, null, true, null)), null);
    }

    private User provision(String userName, UserProfile profile) {
        return fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
                new UserDraft(new UserName(userName), null, UNCHANGED, profile), Fixture.REQUEST));
    }

    private User update(User user, java.util.function.UnaryOperator<UserDraft> change) {
        return fixture.update.update(new UpdateUserCommand(acme.actor(), user.id(), null, change::apply,
                Fixture.REQUEST));
    }

    /** The last records, oldest first, as "action [changes]". */
    private List<String> lastRecords(int count) {
        List<AuditEntry> entries = fixture.audit.entries();
        return entries.subList(entries.size() - count, entries.size()).stream()
                .map(entry -> entry.action() + " " + entry.changes()).toList();
    }

    private List<String> auditActions() {
        return fixture.audit.entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void provisionedUserIsActiveWithTheMappedRoleAndAudited() {
        User user = provision("ada@acme.example", roles("editor"));

        assertThat(user.isActive()).isTrue();
        assertThat(user.role()).isEqualTo(Role.EDITOR);
        AuditEntry entry = fixture.audit.entries().get(fixture.audit.entries().size() - 1);
        assertThat(entry.action()).isEqualTo("user.provision");
        assertThat(entry.actorUserId()).isEqualTo(acme.actor().userId());
        assertThat(entry.actorTokenId()).isEqualTo(acme.actor().tokenId());
        assertThat(entry.targetId()).isEqualTo(user.id().toString());
        assertThat(entry.requestId()).isEqualTo("req-1");
        assertThat(entry.payload()).isEqualTo(Fixture.REQUEST.payload());
        assertThat(entry.changes()).containsExactly("provisioned");
    }

    @Test
    void provisioningATakenUserNameFailsWithoutAuditRecord() {
        provision("ada@acme.example", UserProfile.EMPTY);
        int before = fixture.audit.entries().size();

        assertThatThrownBy(() -> provision("ADA@acme.example", UserProfile.EMPTY))
                .isInstanceOf(UserNameTakenException.class);
        assertThat(fixture.audit.entries()).hasSize(before);
    }

    @Test
    void roleFollowsTheMappingWhenRolesChange() {
        User user = provision("ada@acme.example", roles("Editor"));

        User viewer = update(user, draft -> new UserDraft(draft.userName(), null, UNCHANGED, roles("Viewer")));

        assertThat(viewer.role()).isEqualTo(Role.VIEWER);
        assertThat(lastRecords(2)).containsExactly("user.update [profile_updated]",
                "user.role_change [role_changed:Editor->Viewer]");
    }

    @Test
    void updateThatLeavesRolesAloneKeepsTheRole() {
        User admin = fixture.users.findById(acme.actor().tenantId(), acme.actor().userId()).orElseThrow();

        User updated = update(admin, draft -> new UserDraft(draft.userName(), null, ACTIVATE, UserProfile.EMPTY));

        assertThat(updated.role()).isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void deactivationThroughUpdateRevokesEveryTokenOfTheUser() {
        User admin = fixture.users.findById(acme.actor().tenantId(), acme.actor().userId()).orElseThrow();
        fixture.clock.advance(Duration.ofMinutes(5));

        User deactivated = update(admin, draft -> new UserDraft(draft.userName(), draft.externalId(), DEACTIVATE,
                draft.profile()));

        assertThat(deactivated.isActive()).isFalse();
        PersonalAccessToken token = fixture.tokens.all().get(0);
        assertThat(token.revokedAt()).contains(fixture.clock.instant());
        assertThat(token.revocationReason()).contains("owner deactivated");
        assertThat(auditActions()).endsWith("user.deactivate", "token.revoke");
        assertThatThrownBy(() -> fixture.authentication.authenticate(
                new AuthenticateTokenCommand(acme.scimToken(), Scope.SCIM, Fixture.from("192.0.2.1"))))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void reactivationDoesNotBringTokensBack() {
        User admin = fixture.users.findById(acme.actor().tenantId(), acme.actor().userId()).orElseThrow();
        update(admin, draft -> new UserDraft(draft.userName(), null, DEACTIVATE, draft.profile()));

        User again = update(admin, draft -> new UserDraft(draft.userName(), null, ACTIVATE, draft.profile()));

        assertThat(again.isActive()).isTrue();
        assertThat(fixture.tokens.all()).allSatisfy(token -> assertThat(token.revokedAt()).isPresent());
    }

    @Test
    void updateOmittingActiveKeepsTheState() {
        User user = provision("ada@acme.example", UserProfile.EMPTY);
        update(user, draft -> new UserDraft(draft.userName(), null, DEACTIVATE, draft.profile()));

        User unchanged = update(user, draft -> new UserDraft(new UserName("ada2@acme.example"), null, UNCHANGED,
                draft.profile()));

        assertThat(unchanged.isActive()).isFalse();
        assertThat(unchanged.userName().value()).isEqualTo("ada2@acme.example");
    }

    @Test
    void failingChangeChangesNothing() {
        User user = provision("ada@acme.example", UserProfile.EMPTY);
        int auditBefore = fixture.audit.entries().size();

        assertThatThrownBy(() -> update(user, draft -> {
            throw new InvalidValueException("emails", "is broken");
        })).isInstanceOf(InvalidValueException.class);

        assertThat(fixture.users.findById(user.tenantId(), user.id()).orElseThrow().version())
                .isEqualTo(user.version());
        assertThat(fixture.audit.entries()).hasSize(auditBefore);
    }

    @Test
    void staleExpectedVersionIsRefused() {
        User user = provision("ada@acme.example", UserProfile.EMPTY);
        update(user, draft -> new UserDraft(new UserName("renamed"), null, UNCHANGED, draft.profile()));

        assertThatThrownBy(() -> fixture.update.update(new UpdateUserCommand(acme.actor(), user.id(),
                user.version(), draft -> draft, Fixture.REQUEST))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> fixture.delete.delete(new DeleteUserCommand(acme.actor(), user.id(),
                user.version(), Fixture.REQUEST))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void userOfAnotherTenantCannotBeSeenChangedOrDeleted() {
        Fixture.TenantWithAdmin globex = fixture.tenant("globex");
        User user = provision("ada@acme.example", UserProfile.EMPTY);

        assertThat(fixture.queries.get(globex.actor().tenantId(), user.id())).isEmpty();
        assertThatThrownBy(() -> fixture.update.update(new UpdateUserCommand(globex.actor(), user.id(), null,
                draft -> draft, Fixture.REQUEST))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> fixture.delete.delete(new DeleteUserCommand(globex.actor(), user.id(), null,
                Fixture.REQUEST))).isInstanceOf(UserNotFoundException.class);
        assertThat(fixture.queries.get(acme.actor().tenantId(), user.id())).isPresent();
    }

    @Test
    void deletedUserIsGoneForClientsButKeptInStore() {
        User user = provision("ada@acme.example", UserProfile.EMPTY);

        fixture.delete.delete(new DeleteUserCommand(acme.actor(), user.id(), null, Fixture.REQUEST));

        assertThat(fixture.queries.get(acme.actor().tenantId(), user.id())).isEmpty();
        assertThat(fixture.users.findById(acme.actor().tenantId(), user.id()).orElseThrow().isDeleted()).isTrue();
        assertThatThrownBy(() -> fixture.delete.delete(new DeleteUserCommand(acme.actor(), user.id(), null,
                Fixture.REQUEST))).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> update(user, draft -> draft)).isInstanceOf(UserNotFoundException.class);
        assertThat(lastRecords(2)).containsExactly("user.deactivate [deactivated]", "user.delete [deleted]");
    }

    @Test
    void unchangedUpdateKeepsTheVersionButIsAudited() {
        User user = provision("ada@acme.example", UserProfile.EMPTY);

        User same = update(user, draft -> draft);

        assertThat(same.version()).isEqualTo(user.version());
        AuditEntry last = fixture.audit.entries().get(fixture.audit.entries().size() - 1);
        assertThat(last.action()).isEqualTo("user.update");
        assertThat(last.changes()).isEmpty();
    }
}
