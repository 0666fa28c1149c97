package com.dashify.identity.application.credential.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CredentialRepository} must do, run against the in-memory store and the JPA
 * store on H2 and on PostgreSQL.
 */
public abstract class CredentialRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");
    protected static final String FIRST_HASH = "PBKDF2WithHmacSHA512:1:c2FsdA==:a2V5";
    protected static final String SECOND_HASH = "PBKDF2WithHmacSHA512:2:c2FsdA==:a2V5";

    protected TenantId tenant;
    protected TenantId otherTenant;
    protected UserId admin;

    /** The store under test; each test starts from a store with no credential for {@link #admin}. */
    protected abstract CredentialRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Makes a user of the tenant exist, for stores that check references, and returns its id. */
    protected abstract UserId givenUser(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantsAndAdmin() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
        admin = givenUser(tenant);
    }

    private void save(LocalCredential... credentials) {
        inTransaction(() -> {
            for (LocalCredential credential : credentials) {
                repository().save(credential);
            }
            return null;
        });
    }

    private Optional<LocalCredential> find(TenantId tenantId, UserId userId) {
        return inTransaction(() -> repository().find(tenantId, userId));
    }

    @Test
    void savedCredentialReadsBack() {
        LocalCredential credential = new LocalCredential(tenant, admin, FIRST_HASH, T0);

        save(credential);

        assertThat(find(tenant, admin)).contains(credential);
    }

    @Test
    void savingAgainReplacesTheUsersCredential() {
        save(new LocalCredential(tenant, admin, FIRST_HASH, T0),
                new LocalCredential(tenant, admin, SECOND_HASH, T0.plusSeconds(1)));

        assertThat(find(tenant, admin)).contains(new LocalCredential(tenant, admin, SECOND_HASH, T0.plusSeconds(1)));

        save(new LocalCredential(tenant, admin, FIRST_HASH, T0.plusSeconds(2)));

        assertThat(find(tenant, admin)).contains(new LocalCredential(tenant, admin, FIRST_HASH, T0.plusSeconds(2)));
    }

    @Test
    void credentialIsFoundOnlyInItsTenant() {
        save(new LocalCredential(tenant, admin, FIRST_HASH, T0));

        assertThat(find(otherTenant, admin)).isEmpty();
        assertThat(find(TenantId.newId(), admin)).isEmpty();
    }

    @Test
    void eachUserHasTheirOwnCredential() {
        UserId colleague = givenUser(tenant);
        UserId stranger = givenUser(otherTenant);
        LocalCredential admins = new LocalCredential(tenant, admin, FIRST_HASH, T0);
        LocalCredential colleagues = new LocalCredential(tenant, colleague, SECOND_HASH, T0.plusSeconds(1));
        LocalCredential strangers = new LocalCredential(otherTenant, stranger, FIRST_HASH, T0.plusSeconds(2));

        save(admins, colleagues, strangers);

        assertThat(find(tenant, admin)).contains(admins);
        assertThat(find(tenant, colleague)).contains(colleagues);
        assertThat(find(otherTenant, stranger)).contains(strangers);
        assertThat(find(tenant, stranger)).isEmpty();
        assertThat(find(tenant, givenUser(tenant))).isEmpty();
    }
}
