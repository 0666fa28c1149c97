package com.dashify.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static User provisioned(boolean active) {
        User user = User.provision(UserId.newId(), TenantId.newId(), new UserName("Ada@Example.com"), null,
                UserProfile.EMPTY, Role.VIEWER, active, T0);
        user.pullEvents();
        return user;
    }

    @Test
    void provisioningRecordsAnEventWithRoleAndState() {
        User user = User.provision(UserId.newId(), TenantId.newId(), new UserName("ada"), new ExternalId("00u1"),
                UserProfile.EMPTY, Role.EDITOR, true, T0);

        assertThat(user.pullEvents()).containsExactly(new UserEvent.Provisioned(user.id(), T0, Role.EDITOR, true));
        assertThat(user.pullEvents()).isEmpty();
        assertThat(user.createdAt()).isEqualTo(T0);
        assertThat(user.lastModifiedAt()).isEqualTo(T0);
    }

    @Test
    void deactivationRecordsOneEventAndIsIdempotent() {
        User user = provisioned(true);

        user.deactivate(T1);
        user.deactivate(T1.plusSeconds(1));

        assertThat(user.isActive()).isFalse();
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Deactivated(user.id(), T1));
        assertThat(user.lastModifiedAt()).isEqualTo(T1);
    }

    @Test
    void aUserIsCreatedAndRenamedOnlyWithAVisibleName() {
        UserName disguised = new UserName("admin\u200B@example.com");
        User user = provisioned(true);

        assertThatThrownBy(() -> User.provision(UserId.newId(), TenantId.newId(), disguised, null, UserProfile.EMPTY,
                Role.VIEWER, true, T0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> user.updateProfile(disguised, null, UserProfile.EMPTY, T1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aNameStoredBeforeTheVisibilityRuleStillReadsBackAndItsUserCanBeOffboarded() {
        UserName legacy = new UserName("legacy\u202E@example.com");
        User user = User.restore(UserId.newId(), TenantId.newId(), legacy, null, UserProfile.EMPTY, Role.VIEWER,
                Set.of(), true, T0, T0, null, 3);

        user.updateProfile(legacy, null, new UserProfile(null, "Legacy", null, null, null, null, null, null, null,
                null, null, null, null, null), T1);
        user.deactivate(T1);
        user.updateProfile(new UserName("legacy@example.com"), null, user.profile(), T1);

        assertThat(user.isActive()).isFalse();
        assertThat(user.userName().value()).isEqualTo("legacy@example.com");
    }

    @Test
    void eachEventIsNamedAsTheActionThatCausedIt() {
        User user = User.provision(UserId.newId(), TenantId.newId(), new UserName("ada"), null, UserProfile.EMPTY,
                Role.VIEWER, true, T0);
        user.changeRole(Role.ORG_ADMIN, T1);
        user.updateProfile(new UserName("ada.l"), null, UserProfile.EMPTY, T1);
        user.deactivate(T1);
        user.reactivate(T1);
        user.delete(T1);

        assertThat(user.pullEvents()).extracting(UserEvent::action).containsExactly("provision", "role_change",
                "update", "deactivate", "reactivate", "deactivate", "delete");
    }

    @Test
    void reactivationOfInactiveUserRecordsEvent() {
        User user = provisioned(false);

        user.reactivate(T1);

        assertThat(user.isActive()).isTrue();
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Reactivated(user.id(), T1));
    }

    @Test
    void roleChangeRecordsFromAndTo() {
        User user = provisioned(true);

        user.changeRole(Role.ORG_ADMIN, T1);
        user.changeRole(Role.ORG_ADMIN, T1);

        assertThat(user.pullEvents()).containsExactly(new UserEvent.RoleChanged(user.id(), T1, Role.VIEWER,
                Role.ORG_ADMIN));
        assertThat(user.isActiveOrgAdmin()).isTrue();
    }

    @Test
    void profileUpdateWithSameValuesChangesNothing() {
        User user = provisioned(true);

        user.updateProfile(new UserName("Ada@Example.com"), null, UserProfile.EMPTY, T1);

        assertThat(user.pullEvents()).isEmpty();
        assertThat(user.lastModifiedAt()).isEqualTo(T0);
    }

    @Test
    void profileUpdateKeepsTheCaseOfTheNewUserName() {
        User user = provisioned(true);

        user.updateProfile(new UserName("ADA@example.com"), new ExternalId("abc"), UserProfile.EMPTY, T1);

        assertThat(user.userName().value()).isEqualTo("ADA@example.com");
        assertThat(user.externalId()).contains(new ExternalId("abc"));
        assertThat(user.pullEvents()).containsExactly(new UserEvent.ProfileUpdated(user.id(), T1));
    }

    @Test
    void deletingAnActiveUserDeactivatesItFirst() {
        User user = provisioned(true);

        user.delete(T1);

        assertThat(user.isDeleted()).isTrue();
        assertThat(user.isActive()).isFalse();
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Deactivated(user.id(), T1),
                new UserEvent.Deleted(user.id(), T1));
    }

    @Test
    void deletedUserAcceptsNoFurtherTransition() {
        User user = provisioned(true);
        user.delete(T1);

        assertThatThrownBy(() -> user.reactivate(T1)).isInstanceOf(UserDeletedException.class);
        assertThatThrownBy(() -> user.changeRole(Role.EDITOR, T1)).isInstanceOf(UserDeletedException.class);
        assertThatThrownBy(() -> user.delete(T1)).isInstanceOf(UserDeletedException.class);
        assertThatThrownBy(() -> user.updateProfile(new UserName("x"), null, UserProfile.EMPTY, T1))
                .isInstanceOf(UserDeletedException.class);
    }

    @Test
    void inactiveOrgAdminIsNotAnActiveOrgAdmin() {
        User user = provisioned(true);
        user.changeRole(Role.ORG_ADMIN, T1);

        user.deactivate(T1);

        assertThat(user.isActiveOrgAdmin()).isFalse();
    }
}
