package com.dashify.identity.application.passkey.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.passkey.port.in.PasskeyNotFoundException;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase.PasskeySignInCommand;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase.RegisterPasskeyCommand;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import org.junit.jupiter.api.Test;

class PasskeyServiceTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final User dana = fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
            new UserDraft(new UserName("dana@acme.example"), null, ACTIVATE, UserProfile.EMPTY), Fixture.REQUEST));
    private final Actor asDana = Actor.signingIn(dana.tenantId(), dana.id());

    private Passkey register(Actor actor, String credentialId) {
        return fixture.passkeyService.register(new RegisterPasskeyCommand(actor, "Laptop", credentialId,
                new byte[] {9, 9}, 0, Fixture.REQUEST));
    }

    private void setActive(boolean active) {
        fixture.update.update(new UpdateUserCommand(acme.actor(), dana.id(), null,
                draft -> new UserDraft(draft.userName(), null, active ? ACTIVATE : DEACTIVATE, draft.profile()),
                        Fixture.REQUEST));
    }

    @Test
    void aRegisteredPasskeySignsItsOwnerIn() {
        register(asDana, "cred-1");

        assertThat(fixture.passkeyService.publicKeyRecord("cred-1")).hasValueSatisfying(record ->
                assertThat(record).containsExactly(9, 9));
        var signedIn = fixture.passkeyService.signIn(new PasskeySignInCommand("cred-1", 0, dana.id(),
                Fixture.REQUEST));
        assertThat(signedIn).hasValueSatisfying(who -> assertThat(who.userId()).isEqualTo(dana.id()));
        assertThat(fixture.passkeyService.list(asDana).get(0).lastUsedAt()).isPresent();
    }

    @Test
    void deactivationDisablesEveryPasskeyAndReactivationDoesNotBringThemBack() {
        register(asDana, "cred-1");
        register(asDana, "cred-2");

        setActive(false);
        setActive(true);

        assertThat(fixture.passkeyService.publicKeyRecord("cred-1")).isEmpty();
        assertThat(fixture.passkeyService.signIn(new PasskeySignInCommand("cred-2", 1, dana.id(), Fixture.REQUEST)))
                .isEmpty();
        assertThat(fixture.passkeyService.list(asDana)).allSatisfy(passkey -> {
            assertThat(passkey.isEnabled()).isFalse();
            assertThat(passkey.disabledReason()).contains("owner deactivated");
        });
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("passkey.disable")).hasSize(2);
        register(asDana, "cred-3");
        assertThat(fixture.passkeyService.publicKeyRecord("cred-3")).as("a new registration works").isPresent();
    }

    @Test
    void aCredentialRegistersOnceAndOnlyItsOwnerRemovesIt() {
        Passkey passkey = register(asDana, "cred-1");

        assertThatThrownBy(() -> register(acme.actor(), "cred-1")).isInstanceOf(PasskeyAlreadyRegisteredException.class);
        assertThatThrownBy(() -> fixture.passkeyService.remove(acme.actor(), passkey.id(), Fixture.REQUEST))
                .isInstanceOf(PasskeyNotFoundException.class);
        fixture.passkeyService.remove(asDana, passkey.id(), Fixture.REQUEST);
        assertThat(fixture.passkeyService.list(asDana)).isEmpty();
    }

    @Test
    void aUserHandleNamingSomeoneElseIsRefused() {
        register(asDana, "cred-1");

        assertThat(fixture.passkeyService.signIn(new PasskeySignInCommand("cred-1", 0, acme.actor().userId(),
                Fixture.REQUEST))).isEmpty();
        assertThat(fixture.passkeyService.list(asDana).get(0).lastUsedAt()).as("nothing recorded").isEmpty();
    }

    @Test
    void aCounterThatGoesBackwardsDisablesThePasskeyForGoodAndSaysSoInTheAudit() {
        fixture.passkeyService.register(new RegisterPasskeyCommand(asDana, "Key", "cred-9", new byte[] {1}, 10,
                Fixture.REQUEST));

        assertThat(fixture.passkeyService.signIn(new PasskeySignInCommand("cred-9", 3, dana.id(), Fixture.REQUEST)))
                .isEmpty();
        assertThat(fixture.passkeyService.signIn(new PasskeySignInCommand("cred-9", 11, dana.id(), Fixture.REQUEST)))
                .as("not even with a counter that would have been right").isEmpty();
        assertThat(fixture.passkeyService.list(asDana).get(0).disabledReason())
                .contains(PasskeyService.CLONE_SUSPECTED);
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("passkey.disable")).hasSize(1);
    }
}
