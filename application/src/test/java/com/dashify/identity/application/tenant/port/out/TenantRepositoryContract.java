package com.dashify.identity.application.tenant.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.ParallelClients;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TenantRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL.
 */
public abstract class TenantRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    /** The store under test; tenant names are global, so each test picks names no other test uses. */
    protected abstract TenantRepository repository();

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    private static TenantName freshName(String prefix) {
        return TenantName.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void add(Tenant tenant) {
        inTransaction(() -> {
            repository().add(tenant);
            return null;
        });
    }

    @Test
    void addedTenantIsFoundByIdAndByName() {
        Tenant acme = new Tenant(TenantId.newId(), freshName("acme"), T0);
        Tenant globex = new Tenant(TenantId.newId(), freshName("globex"), T0.plusSeconds(1));

        add(acme);
        add(globex);

        assertThat(inTransaction(() -> repository().findById(acme.id()))).contains(acme);
        assertThat(inTransaction(() -> repository().findByName(acme.name()))).contains(acme);
        assertThat(inTransaction(() -> repository().findByName(
                TenantName.of(acme.name().value().toUpperCase(Locale.ROOT))))).contains(acme);
        assertThat(inTransaction(() -> repository().findById(globex.id()))).contains(globex);
        assertThat(inTransaction(() -> repository().findByName(globex.name()))).contains(globex);
    }

    @Test
    void unknownTenantIsNotFound() {
        add(new Tenant(TenantId.newId(), freshName("acme"), T0));

        assertThat(inTransaction(() -> repository().findById(TenantId.newId()))).isEmpty();
        assertThat(inTransaction(() -> repository().findByName(freshName("nobody")))).isEmpty();
    }

    @Test
    void takenNameIsRefusedWhateverCaseItIsGivenIn() {
        Tenant first = new Tenant(TenantId.newId(), freshName("acme"), T0);
        add(first);
        Tenant second = new Tenant(TenantId.newId(),
                TenantName.of(first.name().value().toUpperCase(Locale.ROOT)), T0.plusSeconds(1));

        assertThatThrownBy(() -> add(second)).isInstanceOf(TenantNameTakenException.class);
        assertThat(inTransaction(() -> repository().findById(second.id()))).isEmpty();
        assertThat(inTransaction(() -> repository().findByName(first.name()))).contains(first);
    }

    @Test
    void parallelAddsOfOneNameStoreExactlyOne() throws Exception {
        TenantName name = freshName("race");
        int clients = 8;
        List<String> results = ParallelClients.outcomes(clients, i -> {
            Tenant tenant = new Tenant(TenantId.newId(), name, T0);
            return () -> {
                try {
                    add(tenant);
                    return "created";
                } catch (TenantNameTakenException taken) {
                    return "taken";
                }
            };
        });
        assertThat(results).containsOnlyOnce("created").filteredOn("taken"::equals).hasSize(clients - 1);
        assertThat(inTransaction(() -> repository().findByName(name))).isPresent();
    }
}
