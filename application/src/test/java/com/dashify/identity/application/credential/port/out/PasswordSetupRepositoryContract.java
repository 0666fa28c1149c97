package com.dashify.identity.application.credential.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenHash;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordSetupRepository} must do, run against the in-memory store and the JPA
 * store on H2 and on PostgreSQL.
 */
public abstract class PasswordSetupRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    protected TenantId tenant;
    protected UserId admin;

    /** The store under test; setup links are found by their secret's hash, which no two tests share. */
    protected abstract PasswordSetupRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Makes a user of the tenant exist, for stores that check references, and returns its id. */
    protected abstract UserId givenUser(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantAndAdmin() {
        tenant = TenantId.newId();
        givenTenant(tenant);
        admin = givenUser(tenant);
    }

    protected PasswordSetup.Issued issue(Instant now) {
        return PasswordSetup.issue(tenant, admin, now, RANDOM);
    }

    protected void add(PasswordSetup setup) {
        inTransaction(() -> {
            repository().add(setup);
            return null;
        });
    }

    private Optional<PasswordSetup> find(TokenHash hash) {
        return inTransaction(() -> repository().findByHashForUpdate(hash));
    }

    private void spend(TokenHash hash, Instant now) {
        inTransaction(() -> {
            PasswordSetup setup = repository().findByHashForUpdate(hash).orElseThrow();
            setup.use(now);
            repository().update(setup);
            return null;
        });
    }

    @Test
    void addedLinkIsFoundByTheHashOfItsSecretWithEveryAttribute() {
        PasswordSetup.Issued issued = issue(T0);

        add(issued.setup());

        PasswordSetup found = find(issued.secret().hash()).orElseThrow();
        assertThat(found.id()).isEqualTo(issued.setup().id());
        assertThat(found.tenantId()).isEqualTo(tenant);
        assertThat(found.userId()).isEqualTo(admin);
        assertThat(found.secretHash()).isEqualTo(issued.secret().hash());
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.expiresAt()).isEqualTo(T0.plus(PasswordSetup.VALIDITY));
        assertThat(found.usedAt()).isEmpty();
        assertThat(found.isUsableAt(T0)).isTrue();
    }

    @Test
    void linkIsNotFoundByAnyOtherHash() {
        PasswordSetup.Issued issued = issue(T0);
        add(issued.setup());

        assertThat(find(TokenHash.of(issued.secret().reveal() + "x"))).isEmpty();
    }

    @Test
    void spentLinkStaysSpent() {
        PasswordSetup.Issued issued = issue(T0);
        add(issued.setup());

        spend(issued.secret().hash(), T0.plusSeconds(5));

        PasswordSetup used = find(issued.secret().hash()).orElseThrow();
        assertThat(used.usedAt()).contains(T0.plusSeconds(5));
        assertThat(used.isUsableAt(T0.plusSeconds(6))).isFalse();
        assertThat(used.expiresAt()).isEqualTo(T0.plus(PasswordSetup.VALIDITY));
    }

    @Test
    void spendingOneLinkLeavesTheOthersUsable() {
        PasswordSetup.Issued first = issue(T0);
        PasswordSetup.Issued second = issue(T0.plusSeconds(1));
        add(first.setup());
        add(second.setup());

        spend(first.secret().hash(), T0.plusSeconds(5));

        assertThat(find(second.secret().hash()).orElseThrow().usedAt()).isEmpty();
    }

    @Test
    void linkSpentWithoutAnUpdateIsNotStoredSpent() {
        PasswordSetup.Issued issued = issue(T0);
        add(issued.setup());

        inTransaction(() -> {
            repository().findByHashForUpdate(issued.secret().hash()).orElseThrow().use(T0.plusSeconds(5));
            return null;
        });
        issued.setup().use(T0.plusSeconds(6));

        assertThat(find(issued.secret().hash()).orElseThrow().usedAt()).isEmpty();
    }

    @Test
    void usableLinksOfAUserAreFoundAndNoOthers() {
        PasswordSetup.Issued usable = issue(T0);
        PasswordSetup.Issued newer = issue(T0.plusSeconds(1));
        PasswordSetup.Issued spent = issue(T0);
        PasswordSetup.Issued expired = issue(T0.minus(PasswordSetup.VALIDITY));
        PasswordSetup.Issued colleagues = PasswordSetup.issue(tenant, givenUser(tenant), T0, RANDOM);
        TenantId otherTenant = TenantId.newId();
        givenTenant(otherTenant);
        PasswordSetup.Issued elsewhere = PasswordSetup.issue(otherTenant, givenUser(otherTenant), T0, RANDOM);
        for (PasswordSetup.Issued each : List.of(usable, newer, spent, expired, colleagues, elsewhere)) {
            add(each.setup());
        }
        spend(spent.secret().hash(), T0.plusSeconds(2));

        List<PasswordSetup> found = inTransaction(() -> repository().findUsableOfForUpdate(tenant, admin,
                T0.plusSeconds(3)));

        assertThat(found).extracting(PasswordSetup::id)
                .containsExactlyInAnyOrder(usable.setup().id(), newer.setup().id());
    }

    @Test
    void supersededLinkIsStoredExpiredAndNoLongerFound() {
        PasswordSetup.Issued issued = issue(T0);
        add(issued.setup());

        inTransaction(() -> {
            for (PasswordSetup setup : repository().findUsableOfForUpdate(tenant, admin, T0.plusSeconds(5))) {
                setup.supersede(T0.plusSeconds(5));
                repository().update(setup);
            }
            return null;
        });

        PasswordSetup superseded = find(issued.secret().hash()).orElseThrow();
        assertThat(superseded.expiresAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(superseded.usedAt()).isEmpty();
        assertThat(superseded.isUsableAt(T0.plusSeconds(5))).isFalse();
        assertThat(inTransaction(() -> repository().findUsableOfForUpdate(tenant, admin, T0.plusSeconds(5))))
                .isEmpty();
    }

    @Test
    void updateOfALinkNeverAddedIsRefused() {
        PasswordSetup setup = issue(T0).setup();
        setup.use(T0.plusSeconds(5));

        assertThatThrownBy(() -> inTransaction(() -> {
            repository().update(setup);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(find(setup.secretHash())).isEmpty();
    }
}
