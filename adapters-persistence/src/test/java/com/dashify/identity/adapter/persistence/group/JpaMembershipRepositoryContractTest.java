package com.dashify.identity.adapter.persistence.group;

import com.dashify.identity.application.group.port.out.GroupStores;
import com.dashify.identity.application.group.port.out.MembershipRepositoryContract;
import org.junit.jupiter.api.Nested;

/** The membership store contract, held against the JPA stores on H2 and on a real PostgreSQL server. */
class JpaMembershipRepositoryContractTest {

    @Nested
    class OnH2 extends MembershipRepositoryContract {
        @Override
        protected GroupStores stores() {
            return JpaGroupStores.onH2();
        }
    }

    @Nested
    class OnPostgres extends MembershipRepositoryContract {
        @Override
        protected GroupStores stores() {
            return JpaGroupStores.onPostgres();
        }
    }
}
