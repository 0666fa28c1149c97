package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.application.group.port.out.GroupStores;
import com.dashify.identity.application.group.port.out.GroupRepositoryContract;
import com.dashify.identity.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The group store contract, held against the JPA stores on H2 and on a real PostgreSQL server. */
class JpaGroupRepositoryContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends GroupRepositoryContract {

        private final JpaGroupStores stores;

        OnDatabase(TestDatabase database) {
            stores = new JpaGroupStores(database);
        }

        @AfterAll
        void close() {
            stores.close();
        }

        @Override
        protected GroupStores stores() {
            return stores;
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
