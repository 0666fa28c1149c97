package com.dashify.identity.adapter.persistence.paging;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.application.paging.service.CursorKeyService;
import com.dashify.identity.testsupport.TestDatabase;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shared-secret store on H2 and on PostgreSQL: the first secret stored under a name stays. */
class JpaSigningKeyRepositoryTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {

        private final JpaTestSupport jpa;
        private final JpaSigningKeyRepository keys;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            keys = new JpaSigningKeyRepository(EntityManagerProxy.of(jpa::entityManager));
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        @Test
        void firstSecretStoredUnderANameIsTheOneEveryoneReads() {
            String name = "test-" + UUID.randomUUID();
            byte[] first = {1, 2, 3, 4};
            byte[] second = {9, 9, 9, 9};

            Optional<byte[]> before = jpa.inTransaction(em -> keys.find(name));
            assertThat(before).isEmpty();
            byte[] stored = jpa.inTransaction(em -> keys.addIfAbsent(name, first));
            byte[] again = jpa.inTransaction(em -> keys.addIfAbsent(name, second));

            assertThat(stored).containsExactly(first);
            assertThat(again).containsExactly(first);
            Optional<byte[]> read = jpa.inTransaction(em -> keys.find(name));
            assertThat(read.orElseThrow()).containsExactly(first);
        }

        /** The migration stores the cursor key, so that no request races to create it at first use. */
        @Test
        void theCursorKeyIsThereFromTheStartAndIsNotReplaced() {
            Optional<byte[]> key = jpa.inTransaction(em -> keys.find(CursorKeyService.KEY_NAME));
            assertThat(key.orElseThrow()).hasSize(32);
            byte[] kept = jpa.inTransaction(em -> keys.addIfAbsent(CursorKeyService.KEY_NAME, new byte[32]));
            assertThat(kept).containsExactly(key.get());
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
