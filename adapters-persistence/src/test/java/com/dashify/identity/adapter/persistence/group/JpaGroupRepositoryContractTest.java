package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.application.group.port.out.GroupStores;
import com.dashify.identity.application.group.port.out.GroupRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The group store contract, held against the JPA stores on H2 and on a real PostgreSQL server. */
class JpaGroupRepositoryContractTest {

    @Nested
    class OnH2 extends GroupRepositoryContract {
        @Override
        protected GroupStores stores() {
            return JpaGroupStores.onH2();
        }
    }

    @Nested
    class OnPostgres extends GroupRepositoryContract {
        @Override
        protected GroupStores stores() {
            return JpaGroupStores.onPostgres();
        }
    }
}
