package com.dashify.identity.adapter.persistence.tenant;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.application.tenant.port.out.TenantRepositoryContract;
import com.dashify.identity.testsupport.TestDatabase;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The tenant repository contract, held against the JPA store on H2 and on a real PostgreSQL server. */
class JpaTenantRepositoryContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends TenantRepositoryContract {

        private final JpaTestSupport jpa;
        private final TenantRepository repository;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            repository = new JpaTenantRepository(EntityManagerProxy.of(jpa::entityManager));
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        @Override
        protected TenantRepository repository() {
            return repository;
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
