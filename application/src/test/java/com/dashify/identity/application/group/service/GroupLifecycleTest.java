package com.dashify.identity.application.group.service;

import static com.dashify.identity.application.user.port.in.Activation.ACTIVATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase.ChangeGroupCommand;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.application.group.port.in.GroupNotFoundException;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.GroupDraft;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.ProvisionGroupCommand;
import com.dashify.identity.application.user.port.in.Activation;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.RoleMappingUseCase.ReplaceRoleMappingCommand;
import com.dashify.identity.application.user.port.in.StaleVersionException;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupLifecycleTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Actor directory = acme.actor();

    private User provision(String userName) {
        return fixture.provision.provision(new ProvisionUserCommand(directory,
                new UserDraft(new UserName(userName), null, ACTIVATE, UserProfile.EMPTY), Fixture.REQUEST));
    }

    private Group group(String name, String externalId, UserId... members) {
        return fixture.groupLifecycle.provision(new ProvisionGroupCommand(directory,
                new GroupDraft(new GroupName(name), ExternalId.ofNullable(externalId), Set.of(members)),
                Fixture.REQUEST));
    }

    private Group change(Group group, GroupChange change) {
        return fixture.groupLifecycle.change(new ChangeGroupCommand(directory, group.id(), null, change,
                Fixture.REQUEST));
    }

    private Role roleOf(User user) {
        return fixture.users.standingOf(user.tenantId(), user.id()).orElseThrow().role();
    }

    /** "Engineering are Editors, dashify-admins are Org Admins", read from SCIM groups only. */
    private void mapGroups() {
        Map<String, Role> values = new LinkedHashMap<>();
        values.put("Engineering", Role.EDITOR);
        values.put("admins-object-id", Role.ORG_ADMIN);
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(directory,
                new RoleMapping(null, false, values, Role.VIEWER, true), Fixture.REQUEST));
    }

    private List<AuditEntry> recorded(String action) {
        return fixture.audit.entries().stream().filter(entry -> entry.action().equals(action)).toList();
    }

    @Test
    void aMemberAddedOrRemovedHasTheRoleTheGroupMapsToAtOnceAndEachStepIsRecorded() {
        mapGroups();
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", null);

        change(engineering, addingMembers(ada.id()));
        assertThat(roleOf(ada)).isEqualTo(Role.EDITOR);

        GroupChange leaving = GroupChange.none();
        leaving.members().remove(List.of(ada.id()));
        change(engineering, leaving);
        assertThat(roleOf(ada)).isEqualTo(Role.VIEWER);

        assertThat(recorded("group.member_add")).extracting(AuditEntry::targetType, AuditEntry::targetId,
                AuditEntry::changes).containsExactly(tuple("user", ada.id().toString(),
                List.of("group:" + engineering.id())));
        assertThat(recorded("group.member_remove")).hasSize(1);
        assertThat(recorded("user.role_change")).extracting(AuditEntry::targetId, AuditEntry::changes)
                .containsExactly(tuple(ada.id().toString(), List.of("role_changed:Viewer->Editor")),
                        tuple(ada.id().toString(), List.of("role_changed:Editor->Viewer")));
    }

    @Test
    void theHighestRoleOfAllTheUsersGroupsWinsAndAGroupByExternalIdSurvivesARename() {
        mapGroups();
        User ada = provision("ada@acme.example");
        group("Engineering", null, ada.id());
        Group admins = group("dashify-admins", "admins-object-id", ada.id());
        assertThat(roleOf(ada)).isEqualTo(Role.ORG_ADMIN);

        change(admins, GroupChange.none().rename(new GroupName("Dashify Administrators")));
        assertThat(roleOf(ada)).as("mapped by its external id").isEqualTo(Role.ORG_ADMIN);

        change(admins, GroupChange.none().changeExternalId(null));
        assertThat(roleOf(ada)).as("no longer named by the mapping: Engineering's role is left")
                .isEqualTo(Role.EDITOR);
    }

    @Test
    void aRenameOutOfTheMappingDemotesEveryMember() {
        mapGroups();
        User ada = provision("ada@acme.example");
        User bob = provision("bob@acme.example");
        Group engineering = group("Engineering", null, ada.id(), bob.id());

        change(engineering, GroupChange.none().rename(new GroupName("R&D")));

        assertThat(List.of(roleOf(ada), roleOf(bob))).containsOnly(Role.VIEWER);
    }

    @Test
    void oneRequestThatRenamesAGroupAndAddsAMemberRecordsOnlyTheRoleTheyEndWith() {
        mapGroups();
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(directory, new RoleMapping(null, false,
                Map.of("Engineering", Role.EDITOR, "Admins", Role.ORG_ADMIN), Role.VIEWER, true), Fixture.REQUEST));
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", null);

        GroupChange change = addingMembers(ada.id()).rename(new GroupName("Admins"));
        change(engineering, change);

        assertThat(recorded("user.role_change")).extracting(AuditEntry::changes)
                .containsExactly(List.of("role_changed:Viewer->OrgAdmin"));
    }

    @Test
    void aRenameThatTheMappingDoesNotSeeReadsNoMembersRole() {
        Map<String, Role> byExternalId = Map.of("engineering-object-id", Role.EDITOR);
        fixture.roleMapping.replace(new ReplaceRoleMappingCommand(directory,
                new RoleMapping(null, false, byExternalId, Role.VIEWER, true), Fixture.REQUEST));
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", "engineering-object-id", ada.id());
        int versionOfAda = (int) fixture.users.findById(directory.tenantId(), ada.id()).orElseThrow().version();

        change(engineering, GroupChange.none().rename(new GroupName("Platform Engineering")));

        assertThat(roleOf(ada)).isEqualTo(Role.EDITOR);
        assertThat(fixture.users.findById(directory.tenantId(), ada.id()).orElseThrow().version())
                .as("ada was not written").isEqualTo(versionOfAda);
    }

    @Test
    void deletingAGroupRecordsEachMembershipItEnds() {
        User ada = provision("ada@acme.example");
        User bob = provision("bob@acme.example");
        Group engineering = group("Engineering", null, ada.id(), bob.id());

        fixture.groupLifecycle.delete(directory, engineering.id(), null, Fixture.REQUEST);

        assertThat(recorded("group.member_remove")).extracting(AuditEntry::targetId)
                .containsExactlyInAnyOrder(ada.id().toString(), bob.id().toString());
    }

    @Test
    void deletingAGroupTakesItsRoleFromItsMembersAndKeepsTheUsers() {
        mapGroups();
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", null, ada.id());

        fixture.groupLifecycle.delete(directory, engineering.id(), null, Fixture.REQUEST);

        assertThat(roleOf(ada)).isEqualTo(Role.VIEWER);
        assertThat(fixture.groupQueries.get(acme.actor().tenantId(), engineering.id())).isEmpty();
        assertThat(fixture.groupQueries.groupsOf(directory.tenantId(), List.of(ada.id()))).isEmpty();
        assertThat(recorded("group.delete")).extracting(AuditEntry::changes).containsExactly(List.of("members:1"));
    }

    @Test
    void aNewMappingAppliesToGroupMembersAtOnceAndLeavesOtherUsersAlone() {
        User ada = provision("ada@acme.example");
        User operatorsAdmin = fixture.users.findById(directory.tenantId(), directory.userId()).orElseThrow();
        group("Engineering", null, ada.id());
        assertThat(roleOf(ada)).isEqualTo(Role.VIEWER);

        mapGroups();

        assertThat(roleOf(ada)).isEqualTo(Role.EDITOR);
        assertThat(roleOf(operatorsAdmin)).as("in no group").isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void aGroupTheMappingDoesNotNameChangesNoRole() {
        mapGroups();
        User ada = provision("ada@acme.example");

        group("Sales", null, ada.id());

        assertThat(recorded("user.role_change")).isEmpty();
    }

    @Test
    void membersThatAreNoUsersOfTheTenantAreNamedAndNothingChanges() {
        User ada = provision("ada@acme.example");
        User deleted = provision("gone@acme.example");
        fixture.delete.delete(new DeleteUserUseCase.DeleteUserCommand(directory, deleted.id(), null, Fixture.REQUEST));
        Fixture.TenantWithAdmin globex = fixture.tenant("globex");
        Group engineering = group("Engineering", null, ada.id());
        long version = engineering.version();
        UserId stranger = globex.actor().userId();

        GroupChange change = GroupChange.none().rename(new GroupName("R&D"));
        change.members().add(List.of(deleted.id(), stranger));
        assertThatThrownBy(() -> change(engineering, change)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(deleted.id().toString()).hasMessageContaining(stranger.toString());

        Group unchanged = fixture.groupQueries.get(directory.tenantId(), engineering.id()).orElseThrow();
        assertThat(unchanged.displayName().value()).isEqualTo("Engineering");
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(fixture.groupQueries.countMembers(directory.tenantId(), engineering.id())).isEqualTo(1);
    }

    @Test
    void addingAMemberTwiceOrRemovingANonMemberIsNoErrorAndRecordsNothing() {
        User ada = provision("ada@acme.example");
        User bob = provision("bob@acme.example");
        Group engineering = group("Engineering", null, ada.id());
        int before = fixture.audit.entries().size();

        GroupChange change = addingMembers(ada.id());
        change.members().remove(List.of(bob.id()));
        Group after = change(engineering, change);

        assertThat(after.version()).as("nothing changed").isEqualTo(engineering.version());
        assertThat(fixture.audit.entries()).hasSize(before);
    }

    @Test
    void aPutReplacesTheMembersWithTheOnesItNames() {
        User ada = provision("ada@acme.example");
        User bob = provision("bob@acme.example");
        Group engineering = group("Engineering", null, ada.id());

        change(engineering, GroupChange.replacing(new GroupName("Engineering"), null, List.of(bob.id())));

        assertThat(fixture.groupQueries.groupsOf(directory.tenantId(), List.of(ada.id(), bob.id())))
                .containsOnlyKeys(bob.id());
        assertThat(recorded("group.member_remove")).extracting(AuditEntry::targetId)
                .containsExactly(ada.id().toString());
    }

    @Test
    void deletingAUserEndsItsMembershipsAndSaysSo() {
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", null, ada.id());

        fixture.delete.delete(new DeleteUserUseCase.DeleteUserCommand(directory, ada.id(), null, Fixture.REQUEST));

        assertThat(fixture.groupQueries.countMembers(directory.tenantId(), engineering.id())).isZero();
        assertThat(recorded("group.member_remove")).extracting(AuditEntry::targetId, AuditEntry::changes)
                .containsExactly(tuple(ada.id().toString(), List.of("group:" + engineering.id())));
    }

    @Test
    void deactivatingAUserKeepsItsMembershipsForTheDirectoryDecides() {
        User ada = provision("ada@acme.example");
        Group engineering = group("Engineering", null, ada.id());

        fixture.update.update(new UpdateUserCommand(directory, ada.id(), null, draft -> new UserDraft(
                draft.userName(), draft.externalId(), Activation.DEACTIVATE, draft.profile()), Fixture.REQUEST));

        assertThat(fixture.groupQueries.countMembers(directory.tenantId(), engineering.id())).isEqualTo(1);
        assertThat(recorded("group.member_remove")).isEmpty();
    }

    @Test
    void namesAreUniqueWithoutCaseVersionsAreCheckedAndOtherTenantsGroupsAreNotFound() {
        Group engineering = group("Engineering", null);
        assertThatThrownBy(() -> group("ENGINEERING", null)).isInstanceOf(GroupNameTakenException.class);

        assertThatThrownBy(() -> fixture.groupLifecycle.change(new ChangeGroupCommand(directory, engineering.id(),
                engineering.version() + 1, GroupChange.none().rename(new GroupName("R&D")), Fixture.REQUEST)))
                .isInstanceOf(StaleVersionException.class);
        Actor globex = fixture.tenant("globex").actor();
        assertThatThrownBy(() -> fixture.groupLifecycle.delete(globex, engineering.id(), null, Fixture.REQUEST))
                .isInstanceOf(GroupNotFoundException.class);
    }

    private static GroupChange addingMembers(UserId... members) {
        GroupChange change = GroupChange.none();
        change.members().add(List.of(members));
        return change;
    }

    @Test
    void theConsoleShowsEachGroupsMembersAndTheRoleItGivesToOrgAdminsOnly() {
        mapGroups();
        User ada = provision("ada@acme.example");
        group("Sales", null);
        group("Engineering", null, ada.id());

        assertThat(fixture.groupOverview.overview(directory, 10).items()).extracting(
                summary -> summary.group().displayName().value(), GroupOverviewUseCase.GroupSummary::members,
                GroupOverviewUseCase.GroupSummary::role)
                .containsExactly(tuple("Engineering", 1L, Optional.of(Role.EDITOR)),
                        tuple("Sales", 0L, Optional.empty()));
        assertThatThrownBy(() -> fixture.groupOverview.overview(Actor.signingIn(ada.tenantId(), ada.id()), 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
