package com.dashify.identity.adapter.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import com.dashify.identity.testsupport.Migrations;
import com.dashify.identity.testsupport.TestDatabase;

/**
 * Migrates a test database with this adapter's migrations and runs work in transactions on it,
 * with EclipseLink, or with Hibernate when {@code -Ddashify.test.jpa-provider=hibernate}.
 */
public final class JpaTestSupport implements AutoCloseable {

    /** The persistence unit of the provider the tests run with (see the test persistence.xml). */
    static final String UNIT = "hibernate".equals(System.getProperty("dashify.test.jpa-provider"))
            ? "identity-test-hibernate" : "identity-test";

    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTestSupport(TestDatabase database) {
        Migrations.apply(database, IdentitySchema.MIGRATIONS, IdentitySchema.HISTORY_TABLE);
        this.factory = Persistence.createEntityManagerFactory(UNIT, Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password()));
    }

    /** The entity manager of the transaction running on this thread. */
    public EntityManager entityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("not inside inTransaction");
        }
        return em;
    }

    /** Runs work in a new transaction, committed when the work returns and rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        current.set(em);
        try {
            transaction.begin();
            T result = work.apply(em);
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

    @Override
    public void close() {
        factory.close();
    }
}
