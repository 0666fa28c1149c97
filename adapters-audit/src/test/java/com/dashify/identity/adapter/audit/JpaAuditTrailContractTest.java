package com.dashify.identity.adapter.audit;

import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.AuditTrailContract;
import com.dashify.identity.testsupport.Migrations;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The audit trail contract, held against the JPA store on H2 and on a real PostgreSQL server. */
class JpaAuditTrailContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends AuditTrailContract {

        private final EntityManagerFactory factory;
        private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
        private final AuditTrail trail;
        private final AuditRecords records;

        OnDatabase(TestDatabase database) {
            Migrations.apply(database, AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
            factory = Persistence.createEntityManagerFactory(TestUnit.NAME, Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.password", database.password()));
            // Built once, on the entity manager of whichever transaction runs, as the container builds them.
            EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                    new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                        try {
                            return method.invoke(currentEntityManager(), args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            trail = new JpaAuditTrail(em);
            records = new JpaAuditRecords(em);
        }

        @AfterAll
        void close() {
            factory.close();
        }

        private EntityManager currentEntityManager() {
            EntityManager em = current.get();
            if (em == null) {
                throw new IllegalStateException("not inside inTransaction");
            }
            return em;
        }

        @Override
        protected AuditTrail trail() {
            return trail;
        }

        @Override
        protected AuditRecords records() {
            return records;
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            EntityManager em = factory.createEntityManager();
            EntityTransaction transaction = em.getTransaction();
            current.set(em);
            try {
                transaction.begin();
                T result = work.get();
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                current.remove();
                em.close();
            }
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
