package com.dashify.identity.application.sso.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.TenantId;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SsoConfigurationRepository} must do, run against the in-memory store and the
 * JPA store on H2 and on PostgreSQL.
 */
public abstract class SsoConfigurationRepositoryContract {

    protected TenantId tenant;
    protected TenantId otherTenant;

    /** The store under test; each test starts from a store with no configuration for {@link #tenant}. */
    protected abstract SsoConfigurationRepository repository();

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

    private static SsoConfiguration okta(TenantId tenantId) {
        return new SsoConfiguration(tenantId, URI.create("https://acme.okta.example/oauth2/default"), "dashify",
                "secret-1", "preferred_username", "groups");
    }

    private static SsoConfiguration entra(TenantId tenantId) {
        return new SsoConfiguration(tenantId, URI.create("https://login.example/7a1c/v2.0"), "dashify-2",
                "secret-2", "email", null);
    }

    private void save(SsoConfiguration configuration) {
        inTransaction(() -> {
            repository().save(configuration);
            return null;
        });
    }

    private void remove(TenantId tenantId) {
        inTransaction(() -> {
            repository().remove(tenantId);
            return null;
        });
    }

    private Optional<SsoConfiguration> find(TenantId tenantId) {
        return inTransaction(() -> repository().find(tenantId));
    }

    @Test
    void savedConfigurationReadsBackWithItsSecret() {
        save(okta(tenant));

        SsoConfiguration found = find(tenant).orElseThrow();

        assertThat(found).isEqualTo(okta(tenant));
        assertThat(found.clientSecret()).isEqualTo("secret-1");
        assertThat(found.issuerId()).isEqualTo("https://acme.okta.example/oauth2/default");
        assertThat(found.groupsClaimName()).contains("groups");
    }

    @Test
    void savingAgainReplacesTheTenantsConfiguration() {
        save(okta(tenant));

        save(entra(tenant));

        SsoConfiguration found = find(tenant).orElseThrow();
        assertThat(found).isEqualTo(entra(tenant));
        assertThat(found.groupsClaimName()).isEmpty();
    }

    @Test
    void configurationOfAnotherTenantIsNeitherFoundNorTouched() {
        save(okta(tenant));
        assertThat(find(otherTenant)).isEmpty();

        save(entra(otherTenant));
        save(entra(tenant));
        remove(otherTenant);

        assertThat(find(tenant)).contains(entra(tenant));
        assertThat(find(otherTenant)).isEmpty();
    }

    @Test
    void removedConfigurationIsGoneAndRemovingNoneIsHarmless() {
        save(okta(tenant));

        remove(tenant);
        remove(tenant);

        assertThat(find(tenant)).isEmpty();
        save(entra(tenant));
        assertThat(find(tenant)).contains(entra(tenant));
    }
}
