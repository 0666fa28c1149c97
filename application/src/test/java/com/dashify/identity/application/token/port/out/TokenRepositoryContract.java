package com.dashify.identity.application.token.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.token.port.out.TokenRepository.TokenAndOwner;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.application.user.port.out.UserRepository.Standing;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL, so that application tests on the in-memory store prove something.
 */
public abstract class TokenRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    protected TenantId tenant;
    protected TenantId otherTenant;
    private User owner;

    /** The store under test; each test starts from a store with no tokens in {@link #tenant}. */
    protected abstract TokenRepository repository();

    /** The call counts of the store under test. */
    protected abstract TokenCallCounts callCounts();

    /** The users the store under test finds tokens' owners among. */
    protected abstract UserRepository users();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantsAndOwner() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
        owner = givenUser(tenant, "owner");
    }

    private User givenUser(TenantId tenantId, String userName) {
        return inTransaction(() -> users().add(User.provision(UserId.newId(), tenantId, new UserName(userName), null,
                UserProfile.EMPTY, Role.ORG_ADMIN, true, T0)));
    }

    private IssuedToken issue(TenantId tenantId, UserId ownerId, String name, Instant createdAt) {
        return PersonalAccessToken.issue(TokenId.newId(), tenantId, ownerId, new TokenName(name), Set.of(Scope.SCIM),
                createdAt, null, RANDOM);
    }

    private IssuedToken add(IssuedToken issued) {
        inTransaction(() -> {
            repository().add(issued.token());
            return null;
        });
        return issued;
    }

    private void changeToken(TokenId id, Consumer<PersonalAccessToken> change) {
        inTransaction(() -> {
            PersonalAccessToken token = repository().findById(tenant, id).orElseThrow();
            change.accept(token);
            repository().update(token);
            return null;
        });
    }

    private void changeOwner(Consumer<User> change) {
        inTransaction(() -> {
            User loaded = users().findForUpdate(tenant, owner.id()).orElseThrow();
            change.accept(loaded);
            return users().update(loaded);
        });
    }

    private TokenAndOwner presented(IssuedToken issued) {
        return inTransaction(() -> repository().findByHashWithOwner(issued.secret().hash())).orElseThrow();
    }

    private static List<String> names(List<PersonalAccessToken> tokens) {
        return tokens.stream().map(token -> token.name().value()).toList();
    }

    @Test
    void storedTokenReadsBackWithEveryAttributeFromEveryLookup() {
        IssuedToken issued = add(PersonalAccessToken.issue(TokenId.newId(), tenant, owner.id(),
                new TokenName("Okta <provisioning>"), Set.of(Scope.SCIM, Scope.TOKENS), T0, T0.plusSeconds(3600),
                RANDOM));

        List<PersonalAccessToken> reads = List.of(
                inTransaction(() -> repository().findById(tenant, issued.token().id())).orElseThrow(),
                presented(issued).token(),
                inTransaction(() -> repository().findAllOfTenant(tenant)).get(0),
                inTransaction(() -> repository().findUnrevokedOwnedBy(tenant, owner.id())).get(0));

        for (PersonalAccessToken found : reads) {
            assertThat(found.id()).isEqualTo(issued.token().id());
            assertThat(found.tenantId()).isEqualTo(tenant);
            assertThat(found.ownerId()).isEqualTo(owner.id());
            assertThat(found.name().value()).isEqualTo("Okta <provisioning>");
            assertThat(found.scopes()).containsExactlyInAnyOrder(Scope.SCIM, Scope.TOKENS);
            assertThat(found.secretHash()).isEqualTo(issued.secret().hash());
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.expiresAt()).contains(T0.plusSeconds(3600));
            assertThat(found.lastUsedAt()).isEmpty();
            assertThat(found.lastUsedFrom()).isEmpty();
            assertThat(found.revokedAt()).isEmpty();
            assertThat(found.revocationReason()).isEmpty();
        }
    }

    @Test
    void namesAreFoundByIdForRevokedTokensTooAndOnlyInTheTenant() {
        IssuedToken okta = add(issue(tenant, owner.id(), "Okta", T0));
        IssuedToken revoked = add(issue(tenant, owner.id(), "old Entra", T0));
        inTransaction(() -> {
            PersonalAccessToken token = repository().findById(tenant, revoked.token().id()).orElseThrow();
            token.revoke(T0.plusSeconds(1), "replaced");
            repository().update(token);
            return null;
        });
        User stranger = givenUser(otherTenant, "stranger");
        IssuedToken theirs = add(issue(otherTenant, stranger.id(), "theirs", T0));

        var names = inTransaction(() -> repository().names(tenant,
                List.of(okta.token().id(), revoked.token().id(), theirs.token().id(), TokenId.newId())));

        assertThat(names).containsOnly(Map.entry(okta.token().id(), new TokenName("Okta")),
                Map.entry(revoked.token().id(), new TokenName("old Entra")));
        assertThat(inTransaction(() -> repository().names(tenant, List.of()))).isEmpty();
    }

    @Test
    void callsAddUpPerTokenAndDayFromADayOnAndOnlyInTheTenant() {
        IssuedToken okta = add(issue(tenant, owner.id(), "Okta", T0));
        IssuedToken entra = add(issue(tenant, owner.id(), "Entra", T0));
        User stranger = givenUser(otherTenant, "stranger");
        IssuedToken theirs = add(issue(otherTenant, stranger.id(), "theirs", T0));
        LocalDate monday = LocalDate.parse("2026-07-06");
        inTransaction(() -> {
            callCounts().add(tenant, okta.token().id(), monday, 3);
            callCounts().add(tenant, okta.token().id(), monday, 4);
            callCounts().add(tenant, okta.token().id(), monday.plusDays(1), 1);
            callCounts().add(tenant, entra.token().id(), monday.minusDays(1), 9);
            callCounts().add(otherTenant, theirs.token().id(), monday, 5);
            return null;
        });

        List<TokenCallCounts.DailyCalls> since = inTransaction(() -> callCounts().since(tenant, monday));

        assertThat(since).containsExactlyInAnyOrder(
                new TokenCallCounts.DailyCalls(okta.token().id(), monday, 7),
                new TokenCallCounts.DailyCalls(okta.token().id(), monday.plusDays(1), 1));
        assertThat(inTransaction(() -> callCounts().since(tenant, monday.minusDays(1))))
                .contains(new TokenCallCounts.DailyCalls(entra.token().id(), monday.minusDays(1), 9));
    }

    @Test
    void tokenIsFoundByTheHashOfItsSecretOnlyInWhicheverTenantItIs() {
        IssuedToken ours = add(issue(tenant, owner.id(), "ours", T0));
        User stranger = givenUser(otherTenant, "stranger");
        IssuedToken theirs = add(issue(otherTenant, stranger.id(), "theirs", T0));

        TokenAndOwner foundOurs = presented(ours);
        TokenAndOwner foundTheirs = presented(theirs);

        assertThat(foundOurs.token().id()).isEqualTo(ours.token().id());
        assertThat(foundOurs.owner()).isEqualTo(new Standing(owner.userName(), true, false, Role.ORG_ADMIN));
        assertThat(foundTheirs.token().id()).isEqualTo(theirs.token().id());
        assertThat(foundTheirs.owner().userName()).isEqualTo(stranger.userName());
        assertThat(inTransaction(() -> repository().findByHashWithOwner(
                TokenHash.of(ours.secret().reveal() + "x")))).isEmpty();
    }

    @Test
    void tokenIsFoundWithItsOwnersStandingAsStoredNow() {
        IssuedToken issued = add(issue(tenant, owner.id(), "Entra", T0));

        changeOwner(user -> user.changeRole(Role.EDITOR, T0.plusSeconds(1)));
        Standing demoted = presented(issued).owner();
        changeOwner(user -> user.deactivate(T0.plusSeconds(2)));
        Standing inactive = presented(issued).owner();
        changeOwner(user -> user.delete(T0.plusSeconds(3)));
        Standing deleted = presented(issued).owner();

        assertThat(demoted).isEqualTo(new Standing(owner.userName(), true, false, Role.EDITOR));
        assertThat(inactive.active()).isFalse();
        assertThat(inactive.mayAct()).isFalse();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.mayAct()).isFalse();
    }

    @Test
    void tokenWhoseOwnerIsNotAUserOfItsTenantIsNotFoundByItsHash() {
        User stranger = givenUser(otherTenant, "stranger");
        IssuedToken ownedElsewhere = add(issue(tenant, stranger.id(), "misfiled", T0));

        assertThat(inTransaction(() -> repository().findByHashWithOwner(ownedElsewhere.secret().hash()))).isEmpty();
    }

    @Test
    void tokenOfAnotherTenantIsNotFoundById() {
        IssuedToken issued = add(issue(tenant, owner.id(), "ours", T0));

        assertThat(inTransaction(() -> repository().findById(otherTenant, issued.token().id()))).isEmpty();
        assertThat(inTransaction(() -> repository().findById(tenant, TokenId.newId()))).isEmpty();
        assertThat(inTransaction(() -> repository().findById(tenant, issued.token().id()))).isPresent();
    }

    @Test
    void tokensOfTheTenantAreListedNewestFirstRevokedAndExpiredOnesIncluded() {
        add(issue(tenant, owner.id(), "older", T0));
        IssuedToken revoked = add(issue(tenant, owner.id(), "revoked", T0.plusSeconds(120)));
        add(PersonalAccessToken.issue(TokenId.newId(), tenant, owner.id(), new TokenName("expired"),
                Set.of(Scope.AUDIT), T0.plusSeconds(30), T0.plusSeconds(31), RANDOM));
        add(issue(tenant, owner.id(), "newer", T0.plusSeconds(60)));
        User stranger = givenUser(otherTenant, "stranger");
        add(issue(otherTenant, stranger.id(), "theirs", T0.plusSeconds(90)));
        changeToken(revoked.token().id(), token -> token.revoke(T0.plusSeconds(150), "leaked"));

        assertThat(names(inTransaction(() -> repository().findAllOfTenant(tenant))))
                .containsExactly("revoked", "newer", "expired", "older");
        assertThat(names(inTransaction(() -> repository().findAllOfTenant(otherTenant)))).containsExactly("theirs");
        assertThat(inTransaction(() -> repository().findAllOfTenant(TenantId.newId()))).isEmpty();
    }

    @Test
    void unrevokedTokensOfAnOwnerIncludeExpiredOnesAndNoOneElses() {
        add(issue(tenant, owner.id(), "open", T0));
        add(PersonalAccessToken.issue(TokenId.newId(), tenant, owner.id(), new TokenName("expired"),
                Set.of(Scope.AUDIT), T0, T0.plusSeconds(1), RANDOM));
        IssuedToken revoked = add(issue(tenant, owner.id(), "revoked", T0));
        User colleague = givenUser(tenant, "colleague");
        add(issue(tenant, colleague.id(), "colleague's", T0));
        changeToken(revoked.token().id(), token -> token.revoke(T0.plusSeconds(5), "owner deactivated"));

        assertThat(names(inTransaction(() -> repository().findUnrevokedOwnedBy(tenant, owner.id()))))
                .containsExactlyInAnyOrder("open", "expired");
        assertThat(inTransaction(() -> repository().findUnrevokedOwnedBy(otherTenant, owner.id()))).isEmpty();
    }

    @Test
    void updateStoresUseAndRevocationAndRevocationSticks() {
        IssuedToken issued = add(issue(tenant, owner.id(), "ci", T0));

        changeToken(issued.token().id(), token -> token.recordUse(T0.plusSeconds(10), "192.0.2.7"));
        PersonalAccessToken used = presented(issued).token();
        inTransaction(() -> {
            List<PersonalAccessToken> open = repository().findUnrevokedOwnedBy(tenant, owner.id());
            open.forEach(token -> {
                token.revoke(T0.plusSeconds(20), "owner deactivated");
                repository().update(token);
            });
            return null;
        });
        PersonalAccessToken revoked = presented(issued).token();

        assertThat(used.lastUsedAt()).contains(T0.plusSeconds(10));
        assertThat(used.lastUsedFrom()).contains("192.0.2.7");
        assertThat(used.revokedAt()).isEmpty();
        assertThat(revoked.revokedAt()).contains(T0.plusSeconds(20));
        assertThat(revoked.revocationReason()).contains("owner deactivated");
        assertThat(revoked.lastUsedAt()).contains(T0.plusSeconds(10));
        assertThat(inTransaction(() -> repository().findUnrevokedOwnedBy(tenant, owner.id()))).isEmpty();
        assertThat(inTransaction(() -> repository().findById(tenant, issued.token().id())).orElseThrow()
                .revocationReason()).contains("owner deactivated");
    }

    @Test
    void updateNeverStoresATokenThatWasNotAdded() {
        IssuedToken neverAdded = issue(tenant, owner.id(), "stray", T0);

        assertThatThrownBy(() -> inTransaction(() -> {
            repository().update(neverAdded.token());
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inTransaction(() -> repository().findById(tenant, neverAdded.token().id()))).isEmpty();
    }
}
