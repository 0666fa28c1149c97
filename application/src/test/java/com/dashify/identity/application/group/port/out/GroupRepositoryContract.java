package com.dashify.identity.application.group.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.query.GroupFilter;
import com.dashify.identity.application.query.GroupSort;
import com.dashify.identity.application.query.GroupTextField;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GroupRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL, so that application tests on the in-memory store prove something.
 */
public abstract class GroupRepositoryContract extends GroupStoresContract {

    private static GroupFilter text(GroupTextField field, TextMatch match, String value) {
        return new GroupFilter.TextCondition(field, match, value);
    }

    private List<String> names(GroupFilter filter) {
        return names(filter, GroupSort.DEFAULT);
    }

    private List<String> names(GroupFilter filter, GroupSort sort) {
        return search(filter, sort, new PageRequest(0, 100)).items().stream()
                .map(group -> group.displayName().value()).toList();
    }

    private Page<Group> search(GroupFilter filter, GroupSort sort, PageRequest page) {
        return inTransaction(() -> groups().search(tenant, filter, sort, page));
    }

    private Group rename(Group group, String newName) {
        return inTransaction(() -> {
            Group stored = groups().findForUpdate(group.tenantId(), group.id()).orElseThrow();
            stored.rename(new GroupName(newName), T0.plusSeconds(30));
            return groups().update(stored);
        });
    }

    @Test
    void storedGroupReadsBackAndEachUpdateMovesItsVersionOn() {
        Group added = group(tenant, "Engineering", "0f8fad5b", T0);
        Group found = inTransaction(() -> groups().findById(tenant, added.id())).orElseThrow();
        assertThat(found.displayName().value()).isEqualTo("Engineering");
        assertThat(found.externalId()).contains(new ExternalId("0f8fad5b"));
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.lastModifiedAt()).isEqualTo(T0);

        Group renamed = rename(found, "Platform Engineering");

        Group reread = inTransaction(() -> groups().findById(tenant, added.id())).orElseThrow();
        assertThat(reread.displayName().value()).isEqualTo("Platform Engineering");
        assertThat(reread.lastModifiedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(reread.createdAt()).isEqualTo(T0);
        assertThat(renamed.version()).isGreaterThan(added.version());
        assertThat(reread.version()).isEqualTo(renamed.version());
    }

    @Test
    void anUpdateThatChangesNoColumnStillMovesTheVersionOn() {
        Group added = group(tenant, "Engineering");

        Group touched = inTransaction(() -> {
            Group stored = groups().findForUpdate(tenant, added.id()).orElseThrow();
            // Members changed within the clock tick the group was created in.
            stored.membersChanged(stored.lastModifiedAt());
            return groups().update(stored);
        });

        assertThat(touched.version()).isGreaterThan(added.version());
        assertThat(inTransaction(() -> groups().findById(tenant, added.id())).orElseThrow().version())
                .isEqualTo(touched.version());
    }

    @Test
    void theTransactionThatUpdatedAGroupReadsItAsUpdated() {
        Group added = group(tenant, "Engineering");

        Group[] readBack = inTransaction(() -> {
            Group stored = groups().findForUpdate(tenant, added.id()).orElseThrow();
            stored.rename(new GroupName("Platform"), T0.plusSeconds(30));
            Group updated = groups().update(stored);
            return new Group[] {updated, groups().findById(tenant, added.id()).orElseThrow(),
                    groups().findForUpdate(tenant, added.id()).orElseThrow()};
        });

        for (Group group : List.of(readBack[1], readBack[2])) {
            assertThat(group.displayName().value()).isEqualTo("Platform");
            assertThat(group.version()).isEqualTo(readBack[0].version());
        }
    }

    @Test
    void aNameIsTakenWhateverItsCaseInTheTenantOnly() {
        group(tenant, "Engineering");

        assertThatThrownBy(() -> group(tenant, " ENGINEERING")).isInstanceOf(GroupNameTakenException.class);
        group(otherTenant, "engineering");
        assertThat(names(GroupFilter.all())).containsExactly("Engineering");
    }

    @Test
    void aRenameOntoAnotherGroupsNameIsRefusedAndOntoItsOwnInAnotherCaseIsNot() {
        group(tenant, "Sales");
        Group engineering = group(tenant, "Engineering");

        assertThatThrownBy(() -> rename(engineering, "sALES")).isInstanceOf(GroupNameTakenException.class);
        rename(engineering, "ENGINEERING");

        assertThat(names(GroupFilter.all())).containsExactlyInAnyOrder("Sales", "ENGINEERING");
    }

    @Test
    void aGroupOfAnotherTenantIsNeitherFoundNorListedNorRemoved() {
        Group theirs = group(otherTenant, "Theirs");

        assertThat(inTransaction(() -> groups().findById(tenant, theirs.id()))).isEmpty();
        assertThat(inTransaction(() -> groups().findForUpdate(tenant, theirs.id()))).isEmpty();
        assertThat(names(GroupFilter.all())).isEmpty();
        inTransaction(() -> {
            groups().remove(tenant, theirs.id());
            return null;
        });
        assertThat(inTransaction(() -> groups().findById(otherTenant, theirs.id()))).isPresent();
    }

    @Test
    void aRemovedGroupIsGone() {
        Group group = group(tenant, "Short-lived");
        inTransaction(() -> {
            groups().findForUpdate(tenant, group.id()).orElseThrow();
            groups().remove(tenant, group.id());
            return null;
        });
        assertThat(inTransaction(() -> groups().findById(tenant, group.id()))).isEmpty();
        group(tenant, "short-lived");
    }

    @Test
    void theDisplayNameComparesWithoutCaseAndTheIdsWithIt() {
        Group engineering = group(tenant, "Engineering", "ENG-1", T0);
        group(tenant, "Sales 50%", "eng-2", T0.plusSeconds(1));
        group(tenant, "Marketing", null, T0.plusSeconds(2));

        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.EQUALS, "ENGINEERING "))).containsExactly("Engineering");
        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.STARTS_WITH, "eNG"))).containsExactly("Engineering");
        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.CONTAINS, "KET"))).containsExactly("Marketing");
        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.ENDS_WITH, " 50%"))).containsExactly("Sales 50%");
        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.CONTAINS, "_"))).isEmpty();
        assertThat(names(text(GroupTextField.DISPLAY_NAME, TextMatch.GREATER_THAN, "MARKETING")))
                .containsExactly("Sales 50%");
        assertThat(names(text(GroupTextField.EXTERNAL_ID, TextMatch.EQUALS, "eng-1"))).isEmpty();
        assertThat(names(text(GroupTextField.EXTERNAL_ID, TextMatch.EQUALS, "ENG-1"))).containsExactly("Engineering");
        assertThat(names(text(GroupTextField.EXTERNAL_ID, TextMatch.NOT_EQUALS, "ENG-1"))).containsExactly("Sales 50%");
        assertThat(names(text(GroupTextField.ID, TextMatch.EQUALS, engineering.id().toString())))
                .containsExactly("Engineering");
        assertThat(names(new GroupFilter.TextPresent(GroupTextField.EXTERNAL_ID)))
                .containsExactly("Engineering", "Sales 50%");
        assertThat(names(new GroupFilter.Not(new GroupFilter.TextPresent(GroupTextField.EXTERNAL_ID))))
                .containsExactly("Marketing");
        assertThat(names(new GroupFilter.Or(List.of(text(GroupTextField.EXTERNAL_ID, TextMatch.EQUALS, "eng-2"),
                text(GroupTextField.DISPLAY_NAME, TextMatch.EQUALS, "marketing")))))
                .containsExactly("Sales 50%", "Marketing");
        assertThat(names(new GroupFilter.And(List.of(text(GroupTextField.EXTERNAL_ID, TextMatch.STARTS_WITH, "E"),
                text(GroupTextField.DISPLAY_NAME, TextMatch.STARTS_WITH, "s"))))).isEmpty();
    }

    @Test
    void groupsAreFoundByTheirMembers() {
        Group engineering = group(tenant, "Engineering", null, T0);
        Group sales = group(tenant, "Sales", null, T0.plusSeconds(1));
        group(tenant, "Empty", null, T0.plusSeconds(2));
        UserId ada = user(tenant, "ada");
        UserId bob = user(tenant, "bob");
        join(tenant, engineering, ada, bob);
        join(tenant, sales, bob);

        assertThat(names(new GroupFilter.HasMember(ada.toString()))).containsExactly("Engineering");
        assertThat(names(new GroupFilter.HasMember(bob.toString()))).containsExactly("Engineering", "Sales");
        assertThat(names(new GroupFilter.HasMember(ada.toString().toUpperCase()))).isEmpty();
        assertThat(names(new GroupFilter.HasMember("not a user id"))).isEmpty();
        assertThat(names(GroupFilter.HasMembers.INSTANCE)).containsExactly("Engineering", "Sales");
        assertThat(names(new GroupFilter.Not(GroupFilter.HasMembers.INSTANCE))).containsExactly("Empty");
    }

    @Test
    void groupsSortByEachFieldWithoutValuesLastAndTiesByIdInEitherDirection() {
        group(tenant, "beta", "x-2", T0.plusSeconds(2));
        group(tenant, "Alpha", null, T0.plusSeconds(1));
        group(tenant, "gamma", "x-1", T0.plusSeconds(3));
        group(tenant, "Delta", null, T0.plusSeconds(1));

        assertThat(names(GroupFilter.all(), new GroupSort(GroupSort.Field.DISPLAY_NAME, false)))
                .containsExactly("Alpha", "beta", "Delta", "gamma");
        assertThat(names(GroupFilter.all(), new GroupSort(GroupSort.Field.DISPLAY_NAME, true)))
                .containsExactly("gamma", "Delta", "beta", "Alpha");
        assertThat(names(GroupFilter.all(), new GroupSort(GroupSort.Field.EXTERNAL_ID, false)))
                .startsWith("gamma", "beta").hasSize(4);
        assertThat(names(GroupFilter.all(), new GroupSort(GroupSort.Field.EXTERNAL_ID, true)))
                .startsWith("beta", "gamma").hasSize(4);
        List<String> byCreation = names(GroupFilter.all(), GroupSort.DEFAULT);
        assertThat(byCreation.subList(2, 4)).containsExactly("beta", "gamma");
        // The two created at once, and the two without an external id, are ordered by id, the same
        // way whichever direction the sort takes.
        assertThat(names(GroupFilter.all(), new GroupSort(GroupSort.Field.EXTERNAL_ID, false)).subList(2, 4))
                .isEqualTo(names(GroupFilter.all(), new GroupSort(GroupSort.Field.EXTERNAL_ID, true)).subList(2, 4))
                .isEqualTo(byCreation.subList(0, 2));
    }

    @Test
    void pagesCountEveryMatchAndTogetherListEachGroupOnce() {
        for (int i = 0; i < 7; i++) {
            group(tenant, "group " + i, null, T0.plusSeconds(i % 3));
        }
        group(tenant, "other", null, T0);
        GroupFilter filter = text(GroupTextField.DISPLAY_NAME, TextMatch.STARTS_WITH, "GROUP");

        List<String> paged = new ArrayList<>();
        for (long offset = 0; offset < 7; offset += 3) {
            Page<Group> page = search(filter, GroupSort.DEFAULT, new PageRequest(offset, 3));
            assertThat(page.total()).isEqualTo(7);
            page.items().forEach(group -> paged.add(group.displayName().value()));
        }
        assertThat(paged).isEqualTo(names(filter)).doesNotHaveDuplicates().hasSize(7);
        assertThat(search(filter, GroupSort.DEFAULT, new PageRequest(0, 0)).total()).isEqualTo(7);
        assertThat(search(filter, GroupSort.DEFAULT, new PageRequest(10, 3)).items()).isEmpty();
    }

    @Test
    void keysetPagesWalkCreationOrderThenIdEachWayPastRemovedPositions() {
        for (int i = 0; i < 7; i++) {
            group(tenant, "group " + i, null, T0.plusSeconds(i % 3));
        }
        group(tenant, "other", null, T0);
        group(otherTenant, "group elsewhere", null, T0);
        GroupFilter filter = text(GroupTextField.DISPLAY_NAME, TextMatch.STARTS_WITH, "GROUP");

        List<String> forward = walk(filter, false);
        List<String> backward = walk(filter, true);
        List<String> listed = names(filter);
        List<Group> first = inTransaction(() -> groups().searchFrom(tenant, filter, new KeysetRequest(null, false, 2)));
        Group last = first.get(1);
        inTransaction(() -> {
            groups().remove(tenant, last.id());
            return null;
        });
        List<Group> rest = inTransaction(() -> groups().searchFrom(tenant, filter,
                new KeysetRequest(new Keyset(last.createdAt(), last.id().toString()), false, 10)));

        assertThat(forward).isEqualTo(listed).hasSize(7);
        List<String> reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        assertThat(backward).isEqualTo(reversed);
        assertThat(rest).extracting(group -> group.displayName().value()).isEqualTo(forward.subList(2, 7));
    }

    /** Every name a walk in pages of 3 visits, each page read from the last group of the one before. */
    private List<String> walk(GroupFilter filter, boolean descending) {
        List<String> names = new ArrayList<>();
        Keyset position = null;
        while (true) {
            Keyset after = position;
            List<Group> page = inTransaction(() -> groups().searchFrom(tenant, filter,
                    new KeysetRequest(after, descending, 3)));
            page.forEach(group -> names.add(group.displayName().value()));
            if (page.size() < 3) {
                return names;
            }
            Group last = page.get(page.size() - 1);
            position = new Keyset(last.createdAt(), last.id().toString());
        }
    }
}
