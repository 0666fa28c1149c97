package com.dashify.identity.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroupTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final Group group = Group.create(GroupId.newId(), TenantId.newId(), new GroupName("Engineering"),
            new ExternalId("0b7e6a52-entra-object-id"), T0);

    @Test
    void creationIsRecorded() {
        assertThat(group.pullEvents()).singleElement().isInstanceOf(GroupEvent.Created.class);
        assertThat(group.pullEvents()).isEmpty();
    }

    @Test
    void aRenameSaysFromWhatToWhatAndTheSameNameChangesNothing() {
        group.pullEvents();

        group.rename(new GroupName(" Engineering "), T1);
        assertThat(group.pullEvents()).isEmpty();
        assertThat(group.lastModifiedAt()).isEqualTo(T0);

        group.rename(new GroupName("Platform Engineering"), T1);
        assertThat(group.pullEvents()).singleElement().isInstanceOfSatisfying(GroupEvent.Renamed.class, renamed -> {
            assertThat(renamed.from().value()).isEqualTo("Engineering");
            assertThat(renamed.to().value()).isEqualTo("Platform Engineering");
        });
        assertThat(group.lastModifiedAt()).isEqualTo(T1);
    }

    @Test
    void namesCompareWithoutCaseAndComposed() {
        assertThat(new GroupName("Jos\u00e9's team").sameAs(new GroupName("JOSE\u0301'S TEAM"))).isTrue();
        assertThat(new GroupName("Admins").sameAs(new GroupName("Admins 2"))).isFalse();
    }

    @Test
    void aNewNameMustBeVisible() {
        assertThatThrownBy(() -> Group.create(GroupId.newId(), TenantId.newId(), new GroupName("Admins\u200b"), null,
                T0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("displayName");
        assertThatThrownBy(() -> group.rename(new GroupName("Engi\u202eneering"), T1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theExternalIdCanBeClearedAndEachChangeIsRecorded() {
        group.pullEvents();

        group.changeExternalId(new ExternalId("0b7e6a52-entra-object-id"), T1);
        assertThat(group.pullEvents()).isEmpty();
        group.changeExternalId(null, T1);

        assertThat(group.externalId()).isEmpty();
        assertThat(group.pullEvents()).singleElement().isInstanceOf(GroupEvent.ExternalIdChanged.class);
    }

    @Test
    void aMappingCanNameTheGroupByIdExternalIdOrName() {
        assertThat(group.ref().mappingValues()).containsExactlyInAnyOrder(group.id().toString(), "Engineering",
                "0b7e6a52-entra-object-id");
    }

    @Test
    void onlyTheCanonicalFormOfAUuidIsAnId() {
        assertThat(GroupId.parse(group.id().toString())).contains(group.id());
        assertThat(GroupId.parse("../" + group.id())).isEmpty();
        assertThat(GroupId.parse(null)).isEmpty();
    }
}
