package com.dashify.identity.application.user.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase.CreateDashboardCommand;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase.ReplaceRoleMappingCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolesAndPermissionsTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");

    private static UserProfile profile(String primaryRole, String department) {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null,
                primaryRole == null ? List.of() : List.of(new RoleClaim(primaryRole, null, true, null)),
                new Employment(null, null, null, null, department, null));
    }

    private User provision(String userName, UserProfile profile) {
        return fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
                new UserDraft(new UserName(userName), null, ACTIVATE, profile), Fixture.REQUEST));
    }

    private void changeProfile(User user, UserProfile profile) {
        fixture.update.update(new UpdateUserCommand(acme.actor(), user.id(), null,
                draft -> new UserDraft(draft.userName(), draft.externalId(), draft.activation(), profile),
                        Fixture.REQUEST));
    }

    private static Actor actorOf(User user) {
        return Actor.signingIn(user.tenantId(), user.id());
    }

    @Test
    void anEditorCreatesDashboardsAndLosesThatTheMomentTheDirectoryMakesThemAViewer() {
        User editor = provision("ed@acme.example", profile("Editor", null));
        fixture.dashboardService.create(new CreateDashboardCommand(actorOf(editor), "Revenue", Fixture.REQUEST));

        changeProfile(editor, profile("Viewer", null));

        assertThatThrownBy(() -> fixture.dashboardService.create(new CreateDashboardCommand(actorOf(editor),
                "Costs", Fixture.REQUEST))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("dashboards:write");
        assertThat(fixture.dashboardService.list(actorOf(editor))).extracting(d -> d.name()).containsExactly("Revenue");
        assertThat(fixture.currentUser.describe(actorOf(editor)).permissions())
                .containsExactly(Permission.VIEW_DASHBOARDS);
    }

    @Test
    void aConfiguredMappingReadsItsAttributeAndNothingElseGrantsARole() {
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(acme.actor(), new RoleMapping(
                MappedAttribute.DEPARTMENT, false, Map.of("Engineering", Role.EDITOR), Role.VIEWER), Fixture.REQUEST));

        User engineer = provision("eng@acme.example", profile(null, "engineering"));
        User claimsAdmin = provision("sneaky@acme.example", profile("OrgAdmin", "Sales"));

        assertThat(engineer.role()).isEqualTo(Role.EDITOR);
        assertThat(claimsAdmin.role()).as("roles is not what this mapping reads").isEqualTo(Role.VIEWER);
        changeProfile(engineer, profile(null, "Sales"));
        assertThat(fixture.currentUser.describe(actorOf(engineer)).role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void aNewMappingDemotesNobodyUntilWhatItReadsIsPresented() {
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(acme.actor(), new RoleMapping(null, true,
                Map.of("dashify-admins", Role.ORG_ADMIN), Role.VIEWER), Fixture.REQUEST));

        changeProfile(fixture.users.findById(acme.actor().tenantId(), acme.actor().userId()).orElseThrow(),
                profile("Viewer", "Sales"));

        assertThat(fixture.currentUser.describe(acme.actor()).role()).isEqualTo(Role.ORG_ADMIN);
        assertThat(fixture.roleMapping.get(acme.actor()).configured()).isTrue();
        assertThat(fixture.roleMapping.reset(acme.actor(), Fixture.REQUEST).configured()).isFalse();
    }

    @Test
    void onlyOrgAdminsSeeOrChangeTheMapping() {
        User editor = provision("ed@acme.example", profile("Editor", null));

        assertThatThrownBy(() -> fixture.roleMapping.get(actorOf(editor))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.roleMapping.replace(new ReplaceRoleMappingCommand(actorOf(editor),
                RoleMapping.byDefault(), Fixture.REQUEST))).isInstanceOf(AccessDeniedException.class);
    }
}
