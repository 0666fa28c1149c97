package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.adapter.persistence.user.JpaUserRepository;
import com.dashify.identity.application.group.port.out.GroupStores;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.testsupport.TestDatabase;
import java.time.Instant;
import java.util.function.Supplier;

/** The JPA group, membership and user stores on one database, each call in the transaction of its thread. */
final class JpaGroupStores implements GroupStores, AutoCloseable {

    private static JpaGroupStores onH2;
    private static JpaGroupStores onPostgres;

    private final JpaTestSupport jpa;
    private final JpaGroupRepository groups;
    private final JpaMembershipRepository memberships;
    private final JpaUserRepository users;
    private final JpaTenantRepository tenants;

    JpaGroupStores(TestDatabase database) {
        jpa = new JpaTestSupport(database);
        var em = EntityManagerProxy.of(jpa::entityManager);
        groups = new JpaGroupRepository(em);
        memberships = new JpaMembershipRepository(em);
        users = new JpaUserRepository(em);
        tenants = new JpaTenantRepository(em);
    }

    /**
     * The stores on one migrated H2 database, shared by the contract tests of this JVM (their tenants
     * keep them apart), and open until it ends.
     */
    static synchronized JpaGroupStores onH2() {
        if (onH2 == null) {
            onH2 = new JpaGroupStores(TestDatabase.h2());
        }
        return onH2;
    }

    /** As {@link #onH2()}, on PostgreSQL. */
    static synchronized JpaGroupStores onPostgres() {
        if (onPostgres == null) {
            onPostgres = new JpaGroupStores(TestDatabase.postgres());
        }
        return onPostgres;
    }

    @Override
    public JpaGroupRepository groups() {
        return groups;
    }

    @Override
    public JpaMembershipRepository memberships() {
        return memberships;
    }

    @Override
    public JpaUserRepository users() {
        return users;
    }

    @Override
    public void givenTenant(TenantId tenantId) {
        inTransaction(() -> {
            tenants.add(new Tenant(tenantId, TenantName.of("g" + tenantId.toString().substring(0, 8)), Instant.EPOCH));
            return null;
        });
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jpa.inTransaction(em -> work.get());
    }

    @Override
    public void close() {
        jpa.close();
    }
}
