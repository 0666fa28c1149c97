package com.dashify.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static UserProfile withRoles(RoleClaim... claims) {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(claims), null);
    }

    private static UserProfile inDepartment(String department) {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null, null,
                new Employment(null, null, null, null, department, null));
    }

    private static Role byDefault(UserProfile profile) {
        return RoleMapping.byDefault().roleFor(profile, Set.of());
    }

    @Test
    void primaryRoleNamingADashifyRoleIsTaken() {
        UserProfile profile = withRoles(new RoleClaim("Viewer", null, false, null),
                new RoleClaim("editor", null, true, null));

        assertThat(byDefault(profile)).isEqualTo(Role.EDITOR);
    }

    @Test
    void singleRoleCountsAsPrimary() {
        assertThat(byDefault(withRoles(new RoleClaim("OrgAdmin", null, false, null)))).isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void unknownOrMissingRolesGiveViewer() {
        assertThat(byDefault(UserProfile.EMPTY)).isEqualTo(Role.VIEWER);
        assertThat(byDefault(withRoles(new RoleClaim("SuperUser", null, true, null)))).isEqualTo(Role.VIEWER);
    }

    @Test
    void nonPrimaryRolesAmongSeveralGrantNothing() {
        UserProfile profile = withRoles(new RoleClaim("OrgAdmin", null, false, null),
                new RoleClaim("Editor", null, false, null));

        assertThat(byDefault(profile)).isEqualTo(Role.VIEWER);
    }

    @Test
    void theDefaultIgnoresGroups() {
        assertThat(RoleMapping.byDefault().roleFor(UserProfile.EMPTY, Set.of("OrgAdmin"))).isEqualTo(Role.VIEWER);
    }

    @Test
    void aConfiguredTableIsTheOnlyWayToARole() {
        RoleMapping mapping = new RoleMapping(MappedAttribute.ROLES, false, Map.of("Dashify Writers", Role.EDITOR),
                Role.VIEWER);

        assertThat(mapping.roleFor(withRoles(new RoleClaim("dashify writers", null, true, null)), Set.of()))
                .isEqualTo(Role.EDITOR);
        assertThat(mapping.roleFor(withRoles(new RoleClaim("OrgAdmin", null, true, null)), Set.of()))
                .as("a Dashify role name the table does not map grants nothing").isEqualTo(Role.VIEWER);
    }

    @Test
    void anEnterpriseAttributeAndGroupsCountTogetherAndTheHighestRoleWins() {
        Map<String, Role> values = new LinkedHashMap<>();
        values.put("Engineering", Role.EDITOR);
        values.put("dashify-admins", Role.ORG_ADMIN);
        RoleMapping mapping = new RoleMapping(MappedAttribute.DEPARTMENT, true, values, Role.VIEWER);

        assertThat(mapping.roleFor(inDepartment("engineering"), Set.of())).isEqualTo(Role.EDITOR);
        assertThat(mapping.roleFor(inDepartment("engineering"), Set.of("Dashify-Admins", "everyone")))
                .isEqualTo(Role.ORG_ADMIN);
        assertThat(mapping.roleFor(inDepartment("Sales"), Set.of("everyone"))).isEqualTo(Role.VIEWER);
        assertThat(mapping.values().keySet()).as("as given, in order").containsExactly("Engineering", "dashify-admins");
    }

    @Test
    void groupsOnlyMappingIgnoresScimAttributes() {
        RoleMapping mapping = new RoleMapping(null, true, Map.of("editors", Role.EDITOR), Role.VIEWER);

        assertThat(mapping.roleFor(withRoles(new RoleClaim("editors", null, true, null)), Set.of()))
                .isEqualTo(Role.VIEWER);
        assertThat(mapping.roleFor(UserProfile.EMPTY, Set.of("EDITORS"))).isEqualTo(Role.EDITOR);
    }

    @Test
    void invalidMappingsAreRefused() {
        assertThatThrownBy(() -> new RoleMapping(null, false, Map.of(), Role.VIEWER))
                .isInstanceOf(InvalidValueException.class);
        Map<String, Role> twice = new LinkedHashMap<>();
        twice.put("Editors", Role.EDITOR);
        twice.put("editors ", Role.VIEWER);
        assertThatThrownBy(() -> new RoleMapping(MappedAttribute.ROLES, false, twice, Role.VIEWER))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new RoleMapping(MappedAttribute.ROLES, false, Map.of(" ", Role.EDITOR), Role.VIEWER))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void scimGroupsCountOnlyWhenTheMappingReadsThemAndTheHighestRoleWins() {
        Map<String, Role> values = new LinkedHashMap<>();
        values.put("Engineering", Role.EDITOR);
        values.put("6d1c-entra-object-id", Role.ORG_ADMIN);
        RoleMapping groups = new RoleMapping(null, false, values, Role.VIEWER, true);
        RoleMapping claimOnly = new RoleMapping(null, true, values, Role.VIEWER);

        assertThat(groups.roleFor(UserProfile.EMPTY, Set.of(), Set.of("engineering"))).isEqualTo(Role.EDITOR);
        assertThat(groups.roleFor(UserProfile.EMPTY, Set.of(), Set.of("engineering", "6D1C-entra-object-id")))
                .isEqualTo(Role.ORG_ADMIN);
        assertThat(groups.roleFor(UserProfile.EMPTY, Set.of("Engineering"), Set.of())).isEqualTo(Role.VIEWER);
        assertThat(claimOnly.roleFor(UserProfile.EMPTY, Set.of(), Set.of("Engineering"))).isEqualTo(Role.VIEWER);
    }

    @Test
    void aGroupMattersToTheMappingOnlyWhenOneOfItsValuesIsMapped() {
        RoleMapping groups = new RoleMapping(null, false, Map.of("Engineering", Role.EDITOR), Role.VIEWER, true);

        assertThat(groups.readsAnyOf(Set.of("ENGINEERING", "a-group-id"))).isTrue();
        assertThat(groups.readsAnyOf(Set.of("Sales", "another-group-id"))).isFalse();
        assertThat(new RoleMapping(null, true, Map.of("Engineering", Role.EDITOR), Role.VIEWER)
                .readsAnyOf(Set.of("Engineering"))).as("a mapping that reads only the claim").isFalse();
    }

    @Test
    void aMappingOfScimGroupsAloneIsAMapping() {
        assertThat(new RoleMapping(null, false, Map.of(), Role.VIEWER, true).fromScimGroups()).isTrue();
    }
}
