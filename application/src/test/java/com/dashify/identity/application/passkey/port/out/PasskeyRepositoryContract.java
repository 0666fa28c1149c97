package com.dashify.identity.application.passkey.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyAlreadyRegisteredException;
import com.dashify.identity.domain.passkey.PasskeyId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasskeyRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL, so that application tests on the in-memory store prove something.
 */
public abstract class PasskeyRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    protected TenantId tenant;
    protected TenantId otherTenant;
    private UserId owner;
    private UserId stranger;

    /** The store under test; each test starts from a store with no passkeys in {@link #tenant}. */
    protected abstract PasskeyRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Makes a user of the tenant with this id exist, for stores that check references. */
    protected abstract void givenUser(TenantId tenantId, UserId userId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantsAndUsers() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
        owner = newUser(tenant);
        stranger = newUser(otherTenant);
    }

    private UserId newUser(TenantId tenantId) {
        UserId id = UserId.newId();
        givenUser(tenantId, id);
        return id;
    }

    /** A credential id no other test uses: the store checks them across all tenants. */
    private static String newCredentialId() {
        return "cred-" + UUID.randomUUID();
    }

    private static byte[] publicKeyRecord() {
        byte[] record = new byte[1600];
        RANDOM.nextBytes(record);
        return record;
    }

    private Passkey register(TenantId tenantId, UserId userId, String name, Instant createdAt) {
        return Passkey.register(tenantId, userId, newCredentialId(), publicKeyRecord(), 0, name, createdAt);
    }

    private Passkey add(Passkey passkey) {
        inTransaction(() -> {
            repository().add(passkey);
            return null;
        });
        return passkey;
    }

    private Passkey find(String credentialId) {
        return inTransaction(() -> repository().findByCredentialId(credentialId)).orElseThrow();
    }

    private List<String> namesOf(TenantId tenantId, UserId userId) {
        return inTransaction(() -> repository().findOf(tenantId, userId)).stream().map(Passkey::name).toList();
    }

    @Test
    void storedPasskeyReadsBackWithEveryAttributeFromEveryLookup() {
        byte[] record = publicKeyRecord();
        Passkey registered = add(Passkey.register(tenant, owner, newCredentialId(), record, 3, "Laptop", T0));

        List<Passkey> reads = List.of(find(registered.credentialId()),
                inTransaction(() -> repository().findByCredentialIdForUpdate(registered.credentialId())).orElseThrow(),
                inTransaction(() -> repository().findOf(tenant, owner)).get(0));

        for (Passkey found : reads) {
            assertThat(found.id()).isEqualTo(registered.id());
            assertThat(found.tenantId()).isEqualTo(tenant);
            assertThat(found.userId()).isEqualTo(owner);
            assertThat(found.credentialId()).isEqualTo(registered.credentialId());
            assertThat(found.publicKeyRecord()).isEqualTo(record);
            assertThat(found.name()).isEqualTo("Laptop");
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.signCount()).isEqualTo(3);
            assertThat(found.lastUsedAt()).isEmpty();
            assertThat(found.isEnabled()).isTrue();
            assertThat(found.disabledAt()).isEmpty();
            assertThat(found.disabledReason()).isEmpty();
        }
    }

    @Test
    void unknownCredentialIdIsNotFound() {
        add(register(tenant, owner, "Laptop", T0));

        assertThat(inTransaction(() -> repository().findByCredentialId(newCredentialId()))).isEmpty();
        assertThat(inTransaction(() -> repository().findByCredentialIdForUpdate(newCredentialId()))).isEmpty();
    }

    @Test
    void credentialIdIsUniqueAcrossTenants() {
        Passkey passkey = add(register(tenant, owner, "Laptop", T0));
        Passkey clash = Passkey.register(otherTenant, stranger, passkey.credentialId(), publicKeyRecord(), 0, "Copy",
                T0.plusSeconds(1));
        Passkey again = Passkey.register(tenant, owner, passkey.credentialId(), publicKeyRecord(), 0, "Again",
                T0.plusSeconds(2));

        assertThatThrownBy(() -> add(clash)).isInstanceOf(PasskeyAlreadyRegisteredException.class);
        assertThatThrownBy(() -> add(again)).isInstanceOf(PasskeyAlreadyRegisteredException.class);

        Passkey kept = find(passkey.credentialId());
        assertThat(kept.id()).isEqualTo(passkey.id());
        assertThat(kept.tenantId()).isEqualTo(tenant);
        assertThat(namesOf(otherTenant, stranger)).isEmpty();
        assertThat(namesOf(tenant, owner)).containsExactly("Laptop");
    }

    @Test
    void passkeysOfAUserAreListedOldestFirstDisabledOnesIncludedAndOnlyInTheirTenant() {
        add(register(tenant, owner, "newest", T0.plusSeconds(120)));
        add(register(tenant, owner, "oldest", T0));
        Passkey disabled = add(register(tenant, owner, "middle", T0.plusSeconds(60)));
        add(register(tenant, newUser(tenant), "colleague's", T0));
        add(register(otherTenant, stranger, "stranger's", T0));
        inTransaction(() -> {
            Passkey loaded = repository().findByCredentialIdForUpdate(disabled.credentialId()).orElseThrow();
            loaded.disable(T0.plusSeconds(180), "lost");
            repository().update(loaded);
            return null;
        });

        assertThat(namesOf(tenant, owner)).containsExactly("oldest", "middle", "newest");
        assertThat(namesOf(otherTenant, owner)).isEmpty();
        assertThat(namesOf(tenant, stranger)).isEmpty();
        assertThat(namesOf(otherTenant, stranger)).containsExactly("stranger's");
    }

    @Test
    void updateStoresUseAndDisablingAndTheyStick() {
        Passkey registered = add(Passkey.register(tenant, owner, newCredentialId(), publicKeyRecord(), 3, "Laptop",
                T0));

        inTransaction(() -> {
            Passkey found = repository().findByCredentialIdForUpdate(registered.credentialId()).orElseThrow();
            found.used(4, T0.plusSeconds(60));
            repository().update(found);
            return null;
        });
        Passkey used = find(registered.credentialId());
        inTransaction(() -> {
            Passkey found = repository().findOf(tenant, owner).get(0);
            found.disable(T0.plusSeconds(120), "owner deactivated");
            repository().update(found);
            return null;
        });
        Passkey disabled = find(registered.credentialId());

        assertThat(used.signCount()).isEqualTo(4);
        assertThat(used.lastUsedAt()).contains(T0.plusSeconds(60));
        assertThat(used.isEnabled()).isTrue();
        assertThat(used.tenantId()).isEqualTo(tenant);
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(disabled.disabledAt()).contains(T0.plusSeconds(120));
        assertThat(disabled.disabledReason()).contains("owner deactivated");
        assertThat(disabled.signCount()).isEqualTo(4);
        assertThat(disabled.lastUsedAt()).contains(T0.plusSeconds(60));
        assertThat(disabled.publicKeyRecord()).isEqualTo(registered.publicKeyRecord());
    }

    @Test
    void updateNeverStoresAPasskeyThatWasNotAdded() {
        Passkey neverAdded = register(tenant, owner, "Laptop", T0);

        assertThatThrownBy(() -> inTransaction(() -> {
            repository().update(neverAdded);
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inTransaction(() -> repository().findByCredentialId(neverAdded.credentialId()))).isEmpty();
    }

    @Test
    void removeTakesOnlyTheUsersOwnPasskeyInTheirTenant() {
        Passkey passkey = add(register(tenant, owner, "Laptop", T0));

        assertThat(inTransaction(() -> repository().remove(otherTenant, owner, passkey.id()))).as("another tenant")
                .isFalse();
        assertThat(inTransaction(() -> repository().remove(tenant, stranger, passkey.id()))).as("another user")
                .isFalse();
        assertThat(inTransaction(() -> repository().remove(tenant, owner, PasskeyId.newId()))).as("another passkey")
                .isFalse();
        assertThat(namesOf(tenant, owner)).containsExactly("Laptop");

        assertThat(inTransaction(() -> repository().remove(tenant, owner, passkey.id()))).isTrue();
        assertThat(inTransaction(() -> repository().findByCredentialId(passkey.credentialId()))).isEmpty();
        assertThat(namesOf(tenant, owner)).isEmpty();
        assertThat(inTransaction(() -> repository().remove(tenant, owner, passkey.id()))).as("removed already")
                .isFalse();
    }

    @Test
    void removedPasskeysCredentialIdMayBeRegisteredAgain() {
        Passkey passkey = add(register(tenant, owner, "Laptop", T0));
        inTransaction(() -> repository().remove(tenant, owner, passkey.id()));

        Passkey again = add(Passkey.register(otherTenant, stranger, passkey.credentialId(), publicKeyRecord(), 0,
                "Same key", T0.plusSeconds(1)));

        assertThat(find(passkey.credentialId()).id()).isEqualTo(again.id());
        assertThat(find(passkey.credentialId()).tenantId()).isEqualTo(otherTenant);
    }
}
