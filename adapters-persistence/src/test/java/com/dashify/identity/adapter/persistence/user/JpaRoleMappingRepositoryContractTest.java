package com.dashify.identity.adapter.persistence.user;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.application.user.port.out.RoleMappingRepositoryContract;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.testsupport.TestDatabase;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The role mapping repository contract, held against the JPA store on H2 and on a real PostgreSQL server. */
class JpaRoleMappingRepositoryContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends RoleMappingRepositoryContract {

        private final JpaTestSupport jpa;
        private final RoleMappingRepository repository;
        private final JpaTenantRepository tenants;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            var em = EntityManagerProxy.of(jpa::entityManager);
            repository = new JpaRoleMappingRepository(em);
            tenants = new JpaTenantRepository(em);
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        @Override
        protected RoleMappingRepository repository() {
            return repository;
        }

        @Override
        protected void givenTenant(TenantId tenantId) {
            jpa.inTransaction(em -> {
                tenants.add(new Tenant(tenantId, TenantName.of("t" + tenantId.toString().substring(0, 8)),
                        Instant.EPOCH));
                return null;
            });
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            return jpa.inTransaction(em -> work.get());
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
        OnH2() {
            super(TestDatabase.h2());
        }
    }

    @Nested
    class OnPostgres extends OnDatabase {
        OnPostgres() {
            super(TestDatabase.postgres());
        }
    }
}
