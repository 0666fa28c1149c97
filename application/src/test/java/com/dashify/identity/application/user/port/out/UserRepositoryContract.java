package com.dashify.identity.application.user.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.application.query.Ordering;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.SortField;
import com.dashify.identity.application.query.TextField;
import com.dashify.identity.application.query.TextMatch;
import com.dashify.identity.application.query.TimeField;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.PhoneNumber;
import com.dashify.identity.domain.user.PostalAddress;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL, so that application tests on the in-memory store prove something.
 */
public abstract class UserRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    protected TenantId tenant;
    protected TenantId otherTenant;

    /** The store under test; each test starts from a store with no users in {@link #tenant}. */
    protected abstract UserRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenants() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
    }

    protected static UserProfile fullProfile() {
        return new UserProfile(
                new PersonName("Ms. Barbara J Jensen III", "Jensen", "Barbara", "Jane", "Ms.", "III"),
                "Babs Jensen", "Babs", "https://login.example.com/bjensen", "Tour Guide", "Employee", "en-US",
                "en-US", "America/Los_Angeles",
                List.of(new EmailAddress("bjensen@example.com", "work", true, null),
                        new EmailAddress("babs@jensen.org", "home", false, "Babs at home")),
                List.of(new PhoneNumber("555-555-5555", "work", true, null)),
                List.of(new PostalAddress("100 Universal City Plaza\nHollywood, CA 91608 USA",
                        "100 Universal City Plaza", "Hollywood", "CA", "91608", "USA", "work", true)),
                List.of(new RoleClaim("Editor", "app", true, "Editor role")),
                new Employment("701984", "4130", "Universal Studios", "Theme Park", "Tour Operations", "26118915"));
    }

    protected User newUser(TenantId tenantId, String userName) {
        return newUser(tenantId, userName, UserProfile.EMPTY, T0);
    }

    protected User newUser(TenantId tenantId, String userName, UserProfile profile, Instant createdAt) {
        return User.provision(UserId.newId(), tenantId, new UserName(userName), null, profile, Role.VIEWER, true,
                createdAt);
    }

    protected User add(User user) {
        return inTransaction(() -> repository().add(user));
    }

    private List<String> userNames(UserFilter filter) {
        return search(filter, UserSort.DEFAULT, new PageRequest(0, 100)).items().stream()
                .map(user -> user.userName().value()).toList();
    }

    private Page<User> search(UserFilter filter, UserSort sort, PageRequest page) {
        return inTransaction(() -> repository().search(tenant, filter, sort, page));
    }

    @Test
    void storedUserReadsBackWithEveryAttribute() {
        User user = User.provision(UserId.newId(), tenant, new UserName("BJensen@Example.com"),
                new ExternalId("00u1abcd"), fullProfile(), Role.EDITOR, true, T0);

        User added = add(user);
        User found = inTransaction(() -> repository().findById(tenant, user.id())).orElseThrow();

        for (User stored : List.of(added, found)) {
            assertThat(stored.userName().value()).isEqualTo("BJensen@Example.com");
            assertThat(stored.externalId()).contains(new ExternalId("00u1abcd"));
            assertThat(stored.profile()).isEqualTo(fullProfile());
            assertThat(stored.role()).isEqualTo(Role.EDITOR);
            assertThat(stored.isActive()).isTrue();
            assertThat(stored.createdAt()).isEqualTo(T0);
            assertThat(stored.lastModifiedAt()).isEqualTo(T0);
            assertThat(stored.isDeleted()).isFalse();
        }
    }

    @Test
    void everyReadBuildsEachUserWithItsOwnMultiValuedAttributes() {
        User full = User.provision(UserId.newId(), tenant, new UserName("bjensen"), null, fullProfile(), Role.EDITOR,
                true, T0);
        full.recordIdpGroups(Set.of("Sales", "Managers"));
        add(full);
        UserProfile other = new UserProfile(PersonName.EMPTY, null, null, null, null, null, null, null, null,
                List.of(new EmailAddress("ada@example.com", "work", true, null)), List.of(), List.of(), List.of(),
                Employment.EMPTY);
        add(newUser(tenant, "ada", other, T0.plusSeconds(1)));
        add(newUser(tenant, "bare", UserProfile.EMPTY, T0.plusSeconds(2)));

        List<User> page = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(0, 10)).items();
        User foundByName = inTransaction(() -> repository().findByUserName(tenant, new UserName("BJENSEN")))
                .orElseThrow();
        User foundById = inTransaction(() -> repository().findById(tenant, full.id())).orElseThrow();
        User lockedForUpdate = inTransaction(() -> repository().findForUpdate(tenant, full.id())).orElseThrow();

        assertThat(page).extracting(user -> user.userName().value()).containsExactly("bjensen", "ada", "bare");
        for (User stored : List.of(page.get(0), foundByName, foundById, lockedForUpdate)) {
            assertThat(stored.profile()).isEqualTo(fullProfile());
            assertThat(stored.idpGroups()).containsExactlyInAnyOrder("Sales", "Managers");
        }
        assertThat(page.get(1).profile()).isEqualTo(other);
        assertThat(page.get(1).idpGroups()).isEmpty();
        assertThat(page.get(2).profile()).isEqualTo(UserProfile.EMPTY);
    }

    @Test
    void standingTellsStateAndRoleAsStoredNow() {
        User ada = add(newUser(tenant, "Ada"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.changeRole(Role.EDITOR, T0.plusSeconds(1));
            return repository().update(loaded);
        });

        UserRepository.Standing standing = inTransaction(() -> repository().standingOf(tenant, ada.id())).orElseThrow();

        assertThat(standing).isEqualTo(new UserRepository.Standing(new UserName("Ada"), true, false, Role.EDITOR));
        assertThat(standing.mayAct()).isTrue();
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.delete(T0.plusSeconds(2));
            return repository().update(loaded);
        });
        UserRepository.Standing deleted = inTransaction(() -> repository().standingOf(tenant, ada.id())).orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.mayAct()).isFalse();
        assertThat(inTransaction(() -> repository().standingOf(otherTenant, ada.id()))).isEmpty();
    }

    @Test
    void userOfAnotherTenantIsNotFound() {
        User user = add(newUser(tenant, "ada"));

        assertThat(inTransaction(() -> repository().findById(otherTenant, user.id()))).isEmpty();
        assertThat(inTransaction(() -> repository().findForUpdate(otherTenant, user.id()))).isEmpty();
        assertThat(inTransaction(() -> repository().findById(tenant, UserId.newId()))).isEmpty();
    }

    @Test
    void userNameIsUniquePerTenantWithoutRegardToCase() {
        add(newUser(tenant, "Ada@Example.com"));

        assertThatThrownBy(() -> add(newUser(tenant, "ada@example.COM")))
                .isInstanceOf(UserNameTakenException.class);
        assertThat(add(newUser(otherTenant, "ada@example.com")).tenantId()).isEqualTo(otherTenant);
    }

    @Test
    void renamingOntoATakenUserNameIsRefused() {
        add(newUser(tenant, "ada"));
        User grace = add(newUser(tenant, "grace"));

        assertThatThrownBy(() -> inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, grace.id()).orElseThrow();
            loaded.updateProfile(new UserName("ADA"), null, UserProfile.EMPTY, T0.plusSeconds(1));
            return repository().update(loaded);
        })).isInstanceOf(UserNameTakenException.class);
    }

    @Test
    void deletedUserFreesItsUserNameAndLeavesSearches() {
        User ada = add(newUser(tenant, "ada"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.delete(T0.plusSeconds(5));
            return repository().update(loaded);
        });

        User again = add(newUser(tenant, "Ada"));

        assertThat(userNames(UserFilter.all())).containsExactly("Ada");
        User deleted = inTransaction(() -> repository().findById(tenant, ada.id())).orElseThrow();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.isActive()).isFalse();
        assertThat(deleted.deletedAt()).contains(T0.plusSeconds(5));
        assertThat(again.id()).isNotEqualTo(ada.id());
    }

    @Test
    void userNamesAreFoundByIdForDeletedUsersTooAndOnlyInTheTenant() {
        User ada = add(newUser(tenant, "Ada"));
        User grace = add(newUser(tenant, "grace"));
        User stranger = add(newUser(otherTenant, "stranger"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, grace.id()).orElseThrow();
            loaded.delete(T0.plusSeconds(5));
            return repository().update(loaded);
        });

        var names = inTransaction(() -> repository().userNames(tenant,
                List.of(ada.id(), grace.id(), stranger.id(), UserId.newId())));

        assertThat(names).containsOnly(Map.entry(ada.id(), new UserName("Ada")),
                Map.entry(grace.id(), new UserName("grace")));
        assertThat(inTransaction(() -> repository().userNames(tenant, List.of()))).isEmpty();
    }

    @Test
    void idsNamedFindsTheLiveUserAndDeletedOnesThatHadTheNameWithoutCase() {
        User first = add(newUser(tenant, "ada"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, first.id()).orElseThrow();
            loaded.delete(T0.plusSeconds(5));
            return repository().update(loaded);
        });
        User again = add(newUser(tenant, "Ada"));
        add(newUser(tenant, "adam"));
        add(newUser(otherTenant, "ada"));

        assertThat(inTransaction(() -> repository().idsNamed(tenant, new UserName(" ADA "))))
                .containsExactlyInAnyOrder(first.id(), again.id());
        assertThat(inTransaction(() -> repository().idsNamed(tenant, new UserName("nobody")))).isEmpty();
    }

    @Test
    void updateStoresChangesAndAdvancesTheVersion() {
        User ada = add(newUser(tenant, "ada"));

        User updated = inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.updateProfile(new UserName("ada.lovelace"), new ExternalId("x-1"), fullProfile(),
                    T0.plusSeconds(60));
            loaded.changeRole(Role.ORG_ADMIN, T0.plusSeconds(60));
            loaded.deactivate(T0.plusSeconds(60));
            return repository().update(loaded);
        });
        User found = inTransaction(() -> repository().findById(tenant, ada.id())).orElseThrow();

        assertThat(updated.version()).isGreaterThan(ada.version());
        assertThat(found.version()).isEqualTo(updated.version());
        assertThat(found.userName().value()).isEqualTo("ada.lovelace");
        assertThat(found.externalId()).contains(new ExternalId("x-1"));
        assertThat(found.profile()).isEqualTo(fullProfile());
        assertThat(found.role()).isEqualTo(Role.ORG_ADMIN);
        assertThat(found.isActive()).isFalse();
        assertThat(found.lastModifiedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void shrinkingMultiValuedAttributesRemovesValues() {
        User ada = add(newUser(tenant, "ada", fullProfile(), T0));

        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.updateProfile(loaded.userName(), null, UserProfile.EMPTY, T0.plusSeconds(1));
            return repository().update(loaded);
        });

        User found = inTransaction(() -> repository().findById(tenant, ada.id())).orElseThrow();
        assertThat(found.profile()).isEqualTo(UserProfile.EMPTY);
    }

    @Test
    void userNameEqualityIgnoresCaseAndMatchesOnlyTheTenant() {
        add(newUser(tenant, "Ada@Example.com"));
        add(newUser(otherTenant, "ada@example.com"));

        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "ADA@example.com")))
                .containsExactly("Ada@Example.com");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "nobody@example.com")))
                .isEmpty();
    }

    @Test
    void externalIdComparesExactly() {
        User ada = newUser(tenant, "ada");
        ada.updateProfile(ada.userName(), new ExternalId("AbC-1"), UserProfile.EMPTY, T0);
        add(ada);

        assertThat(userNames(UserFilter.text(TextField.EXTERNAL_ID, TextMatch.EQUALS, "AbC-1")))
                .containsExactly("ada");
        assertThat(userNames(UserFilter.text(TextField.EXTERNAL_ID, TextMatch.EQUALS, "abc-1"))).isEmpty();
    }

    @Test
    void idEqualityFindsTheUser() {
        User ada = add(newUser(tenant, "ada"));
        add(newUser(tenant, "grace"));

        assertThat(userNames(UserFilter.text(TextField.ID, TextMatch.EQUALS, ada.id().toString())))
                .containsExactly("ada");
    }

    @Test
    void emailConditionsMatchAnyAddressAndOptionallyItsType() {
        add(newUser(tenant, "babs", fullProfile(), T0));
        add(newUser(tenant, "ada"));

        assertThat(userNames(new UserFilter.EmailCondition(null, TextMatch.EQUALS, "BABS@jensen.org")))
                .containsExactly("babs");
        assertThat(userNames(new UserFilter.EmailCondition("WORK", TextMatch.EQUALS, "babs@jensen.org")))
                .isEmpty();
        assertThat(userNames(new UserFilter.EmailCondition("work", TextMatch.EQUALS, "bjensen@example.com")))
                .containsExactly("babs");
        assertThat(userNames(new UserFilter.EmailCondition(null, null, null))).containsExactly("babs");
    }

    @Test
    void activeAndLogicalOperatorsCombine() {
        User ada = add(newUser(tenant, "ada"));
        add(newUser(tenant, "grace"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, ada.id()).orElseThrow();
            loaded.deactivate(T0.plusSeconds(1));
            return repository().update(loaded);
        });

        assertThat(userNames(new UserFilter.ActiveIs(false))).containsExactly("ada");
        assertThat(userNames(UserFilter.and(new UserFilter.ActiveIs(true),
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "grace")))).containsExactly("grace");
        assertThat(userNames(UserFilter.and(new UserFilter.ActiveIs(true),
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "ada")))).isEmpty();
        assertThat(userNames(UserFilter.or(new UserFilter.ActiveIs(false),
                UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "grace")))).containsExactlyInAnyOrder("ada", "grace");
        assertThat(userNames(new UserFilter.Not(new UserFilter.ActiveIs(false)))).containsExactly("grace");
    }

    @Test
    void activeCombinesWithSubstringConditions() {
        // H2 once refused these: beside a LIKE with ESCAPE, the boolean reached it as the integer 1.
        add(newUser(tenant, "u1"));
        User u2 = add(newUser(tenant, "u2"));
        add(newUser(tenant, "other"));
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, u2.id()).orElseThrow();
            loaded.deactivate(T0.plusSeconds(1));
            return repository().update(loaded);
        });

        assertThat(userNames(UserFilter.and(new UserFilter.ActiveIs(true),
                UserFilter.text(TextField.USER_NAME, TextMatch.STARTS_WITH, "u")))).containsExactly("u1");
        assertThat(userNames(UserFilter.and(UserFilter.text(TextField.USER_NAME, TextMatch.ENDS_WITH, "2"),
                new UserFilter.ActiveIs(false)))).containsExactly("u2");
        assertThat(userNames(UserFilter.or(new UserFilter.Not(new UserFilter.ActiveIs(true)),
                UserFilter.text(TextField.DISPLAY_NAME, TextMatch.CONTAINS, "x")))).containsExactly("u2");
        assertThat(userNames(UserFilter.or(new UserFilter.ActiveIs(false),
                UserFilter.text(TextField.USER_NAME, TextMatch.CONTAINS, "THE")))).containsExactlyInAnyOrder("u2",
                "other");
    }

    @Test
    void userNameLookupsTrimAndComposeAsUniquenessDoes() {
        // "josé" with é as one character (NFC), and as e followed by a combining acute accent (NFD).
        add(newUser(tenant, "trail@example.com "));
        add(newUser(tenant, "jos\u00e9@example.com"));

        assertThatThrownBy(() -> add(newUser(tenant, "Jose\u0301@example.com")))
                .isInstanceOf(UserNameTakenException.class);
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, " TRAIL@example.com ")))
                .containsExactly("trail@example.com");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "jose\u0301@example.com")))
                .containsExactly("jos\u00e9@example.com");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.STARTS_WITH, "JOSE\u0301")))
                .containsExactly("jos\u00e9@example.com");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.CONTAINS, "l@example.com ")))
                .isEmpty();
        assertThat(inTransaction(() -> repository().findByUserName(tenant, new UserName("jose\u0301@EXAMPLE.com"))))
                .hasValueSatisfying(user -> assertThat(user.userName().value()).isEqualTo("jos\u00e9@example.com"));
    }

    @Test
    void absentAttributeMatchesNoComparisonButMatchesItsNegation() {
        add(newUser(tenant, "babs", fullProfile(), T0));
        add(newUser(tenant, "ada"));

        assertThat(userNames(UserFilter.text(TextField.DISPLAY_NAME, TextMatch.NOT_EQUALS, "x")))
                .containsExactly("babs");
        assertThat(userNames(new UserFilter.Not(UserFilter.text(TextField.DISPLAY_NAME, TextMatch.EQUALS,
                "babs jensen")))).containsExactly("ada");
        assertThat(userNames(new UserFilter.TextPresent(TextField.DISPLAY_NAME))).containsExactly("babs");
        assertThat(userNames(new UserFilter.Not(new UserFilter.TextPresent(TextField.EXTERNAL_ID))))
                .containsExactlyInAnyOrder("babs", "ada");
    }

    @Test
    void substringOperatorsTreatWildcardCharactersLiterally() {
        add(newUser(tenant, "100%_done\\ok'it"));
        add(newUser(tenant, "100xxdone"));

        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.CONTAINS, "%_"))).containsExactly(
                "100%_done\\ok'it");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.STARTS_WITH, "100%")))
                .containsExactly("100%_done\\ok'it");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.ENDS_WITH, "\\OK'IT")))
                .containsExactly("100%_done\\ok'it");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.EQUALS, "100__done\\ok'it")))
                .isEmpty();
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.CONTAINS, "XXDONE")))
                .containsExactly("100xxdone");
    }

    @Test
    void orderingOperatorsCompareText() {
        add(newUser(tenant, "alpha"));
        add(newUser(tenant, "beta"));
        add(newUser(tenant, "gamma"));

        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.GREATER_THAN, "BETA")))
                .containsExactly("gamma");
        assertThat(userNames(UserFilter.text(TextField.USER_NAME, TextMatch.LESS_OR_EQUAL, "beta")))
                .containsExactlyInAnyOrder("alpha", "beta");
    }

    @Test
    void timeConditionsCompareInstants() {
        add(newUser(tenant, "early", UserProfile.EMPTY, T0));
        add(newUser(tenant, "late", UserProfile.EMPTY, T0.plus(1, ChronoUnit.DAYS)));

        assertThat(userNames(new UserFilter.TimeCondition(TimeField.CREATED, Ordering.AFTER, T0)))
                .containsExactly("late");
        assertThat(userNames(new UserFilter.TimeCondition(TimeField.LAST_MODIFIED, Ordering.AT_OR_BEFORE, T0)))
                .containsExactly("early");
    }

    @Test
    void pagingCountsBeforeSlicingAndKeepsAStableOrder() {
        for (int i = 0; i < 7; i++) {
            add(newUser(tenant, "user" + i, UserProfile.EMPTY, T0.plusSeconds(i)));
        }

        Page<User> first = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(0, 3));
        Page<User> last = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(6, 3));
        Page<User> none = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(0, 0));
        Page<User> beyond = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(50, 3));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.items()).extracting(user -> user.userName().value())
                .containsExactly("user0", "user1", "user2");
        assertThat(last.items()).extracting(user -> user.userName().value()).containsExactly("user6");
        assertThat(last.total()).isEqualTo(7);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isEqualTo(7);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void sameCreationTimeIsOrderedById() {
        for (int i = 0; i < 5; i++) {
            add(newUser(tenant, "twin" + i));
        }

        List<String> ids = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(0, 10)).items().stream()
                .map(user -> user.id().toString()).toList();

        assertThat(ids).isSorted();
    }

    @Test
    void sortsByTextAttributesWithAbsentValuesLast() {
        User withDisplay = newUser(tenant, "b-user", fullProfile(), T0);
        add(withDisplay);
        add(newUser(tenant, "a-user"));
        add(newUser(tenant, "c-user"));

        List<String> ascending = search(UserFilter.all(), new UserSort(SortField.USER_NAME, false),
                new PageRequest(0, 10)).items().stream().map(user -> user.userName().value()).toList();
        List<String> descending = search(UserFilter.all(), new UserSort(SortField.USER_NAME, true),
                new PageRequest(0, 10)).items().stream().map(user -> user.userName().value()).toList();
        List<String> byDisplayName = search(UserFilter.all(), new UserSort(SortField.DISPLAY_NAME, true),
                new PageRequest(0, 10)).items().stream().map(user -> user.userName().value()).toList();

        assertThat(ascending).containsExactly("a-user", "b-user", "c-user");
        assertThat(descending).containsExactly("c-user", "b-user", "a-user");
        assertThat(byDisplayName.get(0)).isEqualTo("b-user");
    }

    @Test
    void keysetPagesWalkCreationOrderThenIdOnceEachWay() {
        for (int i = 0; i < 4; i++) {
            add(newUser(tenant, "user" + i, UserProfile.EMPTY, T0.plusSeconds(i)));
            add(newUser(tenant, "twin" + i, UserProfile.EMPTY, T0.plusSeconds(2)));
        }
        add(newUser(otherTenant, "elsewhere"));
        List<String> expected = search(UserFilter.all(), UserSort.DEFAULT, new PageRequest(0, 100)).items().stream()
                .map(user -> user.id().toString()).toList();

        List<String> forward = walk(UserFilter.all(), false, 3);
        List<String> backward = walk(UserFilter.all(), true, 3);

        assertThat(forward).hasSize(8).containsExactlyElementsOf(expected);
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(backward).containsExactlyElementsOf(reversed);
    }

    @Test
    void keysetPageReadsPastItsPositionEvenWhenThatUserIsDeleted() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(add(newUser(tenant, "user" + i, UserProfile.EMPTY, T0.plusSeconds(i))));
        }
        List<User> first = inTransaction(() -> repository().searchFrom(tenant, UserFilter.all(),
                new KeysetRequest(null, false, 2)));
        User last = first.get(1);
        inTransaction(() -> {
            User loaded = repository().findForUpdate(tenant, last.id()).orElseThrow();
            loaded.delete(T0.plusSeconds(9));
            return repository().update(loaded);
        });
        add(newUser(tenant, "late", UserProfile.EMPTY, T0.plusSeconds(10)));

        List<User> next = inTransaction(() -> repository().searchFrom(tenant, UserFilter.all(),
                new KeysetRequest(new Keyset(last.createdAt(), last.id().toString()), false, 10)));

        assertThat(next).extracting(user -> user.userName().value())
                .containsExactly("user2", "user3", "user4", "late");
    }

    @Test
    void keysetPagesKeepToTheFilter() {
        for (int i = 0; i < 6; i++) {
            add(newUser(tenant, (i % 2 == 0 ? "even" : "odd") + i, UserProfile.EMPTY, T0.plusSeconds(i)));
        }

        List<String> names = inTransaction(() -> repository().searchFrom(tenant,
                UserFilter.text(TextField.USER_NAME, TextMatch.STARTS_WITH, "even"),
                new KeysetRequest(null, false, 10)))
                .stream().map(user -> user.userName().value()).toList();

        assertThat(names).containsExactly("even0", "even2", "even4");
    }

    /** Every id a walk in pages of {@code size} visits, each page read from the last user of the one before. */
    private List<String> walk(UserFilter filter, boolean descending, int size) {
        List<String> ids = new ArrayList<>();
        Keyset position = null;
        while (true) {
            Keyset after = position;
            List<User> page = inTransaction(() -> repository().searchFrom(tenant, filter,
                    new KeysetRequest(after, descending, size)));
            page.forEach(user -> ids.add(user.id().toString()));
            if (page.size() < size) {
                return ids;
            }
            User last = page.get(page.size() - 1);
            position = new Keyset(last.createdAt(), last.id().toString());
        }
    }
}
