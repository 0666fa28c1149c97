package com.dashify.identity.application.sso.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static com.dashify.identity.application.user.port.in.Activation.DEACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.sso.port.in.SsoSettingsUseCase.ReplaceSsoCommand;
import com.dashify.identity.application.sso.port.in.SsoSignInRefusedException;
import com.dashify.identity.application.sso.port.in.SsoSignInRefusedException.Reason;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase.SsoSignInCommand;
import com.dashify.identity.application.sso.port.in.SsoSignInUseCase.SsoSignedIn;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase.ReplaceRoleMappingCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoServiceTest {

    private static final String ACME_ISSUER = "https://acme.okta.example/oauth2/default";
    private static final String CLIENT_ID = "dashify";
    private static final String GLOBEX_ISSUER = "https://login.globex.example/v2.0";

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Fixture.TenantWithAdmin globex = fixture.tenant("globex");

    SsoServiceTest() {
        configure(acme.actor(), ACME_ISSUER, "secret-a");
        configure(globex.actor(), GLOBEX_ISSUER, "secret-g");
    }

    private SsoConfiguration configure(Actor actor, String issuer, String secret) {
        return fixture.sso.replace(new ReplaceSsoCommand(actor, issuer, CLIENT_ID, secret, "preferred_username",
                "groups", Fixture.REQUEST));
    }

    private User provision(Fixture.TenantWithAdmin tenant, String userName) {
        return fixture.provision.provision(new ProvisionUserCommand(tenant.actor(),
                new UserDraft(new UserName(userName), null, ACTIVATE, UserProfile.EMPTY), Fixture.REQUEST));
    }

    private SsoSignedIn signIn(Fixture.TenantWithAdmin tenant, String issuer, String userName, Set<String> groups) {
        return fixture.sso.signIn(new SsoSignInCommand(tenant.actor().tenantId(), issuer, userName, groups,
                Fixture.REQUEST));
    }

    private static Reason refusal(Runnable signIn) {
        try {
            signIn.run();
        } catch (SsoSignInRefusedException refused) {
            return refused.reason();
        }
        throw new AssertionError("the sign-in was not refused");
    }

    @Test
    void aProvisionedActiveUserSignsInByTheirUserNameWithoutCase() {
        User alice = provision(acme, "alice@acme.example");

        SsoSignedIn signedIn = signIn(acme, ACME_ISSUER, "Alice@ACME.example", Set.of());

        assertThat(signedIn.userId()).isEqualTo(alice.id());
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("user.sign_in")).hasSize(1);
    }

    @Test
    void unknownInactiveAndOtherTenantsUsersAreRefused() {
        User bob = provision(acme, "bob@acme.example");
        provision(globex, "gina@globex.example");
        fixture.update.update(new UpdateUserCommand(acme.actor(), bob.id(), null,
                draft -> new UserDraft(draft.userName(), null, DEACTIVATE, draft.profile()), Fixture.REQUEST));

        assertThat(refusal(() -> signIn(acme, ACME_ISSUER, "nobody@acme.example", Set.of())))
                .isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal(() -> signIn(acme, ACME_ISSUER, null, Set.of()))).isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal(() -> signIn(acme, ACME_ISSUER, "bob@acme.example", Set.of())))
                .isEqualTo(Reason.INACTIVE_USER);
        assertThat(refusal(() -> signIn(acme, ACME_ISSUER, "gina@globex.example", Set.of())))
                .as("a user of another tenant is not found here").isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal(() -> signIn(globex, ACME_ISSUER, "gina@globex.example", Set.of())))
                .as("only the tenant's own issuer").isEqualTo(Reason.NOT_CONFIGURED);
    }

    @Test
    void groupsAreRecordedAndApplyWhenTheMappingReadsThem() {
        User carol = provision(acme, "carol@acme.example");
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(acme.actor(),
                new RoleMapping(null, true, Map.of("dashify-editors", Role.EDITOR), Role.VIEWER), Fixture.REQUEST));

        signIn(acme, ACME_ISSUER, "carol@acme.example", Set.of("dashify-editors", "everyone"));
        Role asEditor = fixture.users.findById(carol.tenantId(), carol.id()).orElseThrow().role();
        signIn(acme, ACME_ISSUER, "carol@acme.example", Set.of("everyone"));
        User after = fixture.users.findById(carol.tenantId(), carol.id()).orElseThrow();

        assertThat(asEditor).isEqualTo(Role.EDITOR);
        assertThat(after.role()).isEqualTo(Role.VIEWER);
        assertThat(after.idpGroups()).containsExactly("everyone");
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.targetId().equals(carol.id().toString()))
                .extracting(entry -> entry.action() + " " + entry.changes()).containsSubsequence(
                        "user.role_change [role_changed:Viewer->Editor]", "user.sign_in [method:sso]",
                        "user.role_change [role_changed:Editor->Viewer]", "user.sign_in [method:sso]");
    }

    @Test
    void theSecretIsKeptOnlyForTheSameProviderAndClientAndOnlyOrgAdminsConfigure() {
        SsoConfiguration changed = fixture.sso.replace(new ReplaceSsoCommand(acme.actor(), ACME_ISSUER, CLIENT_ID,
                null, "email", null, Fixture.REQUEST));
        User viewer = provision(acme, "viewer@acme.example");

        assertThat(changed.clientSecret()).isEqualTo("secret-a");
        assertThatThrownBy(() -> fixture.sso.replace(new ReplaceSsoCommand(acme.actor(), "https://attacker.example",
                CLIENT_ID, null, "email", null, Fixture.REQUEST))).as("another issuer, without a new secret")
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> fixture.sso.replace(new ReplaceSsoCommand(acme.actor(), ACME_ISSUER, "dashify-2",
                null, "email", null, Fixture.REQUEST))).as("another client, without a new secret")
                .isInstanceOf(InvalidValueException.class);
        assertThat(fixture.sso.get(acme.actor()).orElseThrow().issuer().toString()).isEqualTo(ACME_ISSUER);
        assertThat(changed.groupsClaimName()).isEmpty();
        assertThatThrownBy(() -> fixture.sso.get(Actor.signingIn(viewer.tenantId(), viewer.id())))
                .isInstanceOf(AccessDeniedException.class);
        fixture.sso.remove(acme.actor(), Fixture.REQUEST);
        assertThatThrownBy(() -> configure(acme.actor(), ACME_ISSUER, null)).isInstanceOf(InvalidValueException.class);
        assertThat(fixture.sso.providerFor("ACME")).isEmpty();
        assertThat(fixture.sso.providerFor("globex")).hasValueSatisfying(found ->
                assertThat(found.issuerId()).isEqualTo(GLOBEX_ISSUER));
        assertThat(fixture.sso.providerFor("no such tenant!")).isEmpty();
    }
}
