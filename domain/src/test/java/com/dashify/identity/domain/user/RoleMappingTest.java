package com.dashify.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static UserProfile withRoles(RoleClaim... claims) {
        return new UserProfile(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(claims), null);
    }

    @Test
    void primaryRoleNamingADashifyRoleIsTaken() {
        UserProfile profile = withRoles(new RoleClaim("Viewer", null, false, null),
                new RoleClaim("editor", null, true, null));

        assertThat(RoleMapping.byDefault().roleFor(profile)).isEqualTo(Role.EDITOR);
    }

    @Test
    void singleRoleCountsAsPrimary() {
        assertThat(RoleMapping.byDefault().roleFor(withRoles(new RoleClaim("OrgAdmin", null, false, null))))
                .isEqualTo(Role.ORG_ADMIN);
    }

    @Test
    void unknownOrMissingRolesGiveViewer() {
        assertThat(RoleMapping.byDefault().roleFor(UserProfile.EMPTY)).isEqualTo(Role.VIEWER);
        assertThat(RoleMapping.byDefault().roleFor(withRoles(new RoleClaim("SuperUser", null, true, null))))
                .isEqualTo(Role.VIEWER);
    }

    @Test
    void nonPrimaryRolesAmongSeveralGrantNothing() {
        UserProfile profile = withRoles(new RoleClaim("OrgAdmin", null, false, null),
                new RoleClaim("Editor", null, false, null));

        assertThat(RoleMapping.byDefault().roleFor(profile)).isEqualTo(Role.VIEWER);
    }
}
