package com.dashify.identity.application.dashboard.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DashboardRepository} must do, run against the in-memory store and the JPA store
 * on H2 and on PostgreSQL.
 */
public abstract class DashboardRepositoryContract {

    protected static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    protected TenantId tenant;
    protected TenantId otherTenant;
    protected UserId editor;
    protected UserId otherEditor;

    /** The store under test; each test starts from a store with no dashboards in {@link #tenant}. */
    protected abstract DashboardRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Makes a user of the tenant exist, for stores that check references, and returns its id. */
    protected abstract UserId givenUser(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenantsAndEditors() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
        editor = givenUser(tenant);
        otherEditor = givenUser(otherTenant);
    }

    private void add(Dashboard... dashboards) {
        inTransaction(() -> {
            for (Dashboard dashboard : dashboards) {
                repository().add(dashboard);
            }
            return null;
        });
    }

    private List<Dashboard> latest(TenantId tenantId, int limit) {
        return inTransaction(() -> repository().latest(tenantId, limit));
    }

    @Test
    void dashboardsAreListedNewestFirstWithinTheirTenant() {
        Dashboard older = Dashboard.create(tenant, "Older", editor, T0);
        Dashboard newer = Dashboard.create(tenant, "Newer", editor, T0.plusSeconds(60));
        Dashboard middle = Dashboard.create(tenant, "Middle", editor, T0.plusSeconds(30));
        add(older, newer, middle);
        add(Dashboard.create(otherTenant, "Not ours", otherEditor, T0.plusSeconds(90)));

        assertThat(latest(tenant, 10)).containsExactly(newer, middle, older);
        assertThat(latest(otherTenant, 10)).extracting(Dashboard::name).containsExactly("Not ours");
        assertThat(latest(TenantId.newId(), 10)).isEmpty();
    }

    @Test
    void storedDashboardReadsBackWithEveryAttribute() {
        Dashboard dashboard = Dashboard.create(tenant, "Umsätze — Zürich Q3", editor, T0);

        add(dashboard);

        assertThat(latest(tenant, 1)).containsExactly(dashboard);
    }

    @Test
    void latestKeepsOnlyTheNewestUpToTheLimit() {
        Dashboard older = Dashboard.create(tenant, "Older", editor, T0);
        Dashboard middle = Dashboard.create(tenant, "Middle", editor, T0.plusSeconds(30));
        Dashboard newer = Dashboard.create(tenant, "Newer", editor, T0.plusSeconds(60));
        add(older, middle, newer);

        assertThat(latest(tenant, 2)).containsExactly(newer, middle);
        assertThat(latest(tenant, 1)).containsExactly(newer);
        assertThat(latest(tenant, 3)).containsExactly(newer, middle, older);
        assertThat(latest(tenant, 0)).as("at most none").isEmpty();
    }

    @Test
    void dashboardsCreatedAtOnceAreOrderedById() {
        for (int i = 0; i < 5; i++) {
            add(Dashboard.create(tenant, "Twin " + i, editor, T0));
        }

        List<String> ids = latest(tenant, 10).stream().map(dashboard -> dashboard.id().toString()).toList();

        assertThat(ids).hasSize(5).isSorted();
    }
}
