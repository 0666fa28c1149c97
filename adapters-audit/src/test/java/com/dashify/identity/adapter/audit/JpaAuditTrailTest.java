package com.dashify.identity.adapter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.port.out.AuditEntry;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.testsupport.Migrations;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The audit store on H2 and PostgreSQL: what goes in comes out, and a rollback takes the record with it. */
class JpaAuditTrailTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {

        private final EntityManagerFactory factory;

        OnDatabase(TestDatabase database) {
            Migrations.apply(database, AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
            factory = Persistence.createEntityManagerFactory("audit-test", Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.password", database.password()));
        }

        @AfterAll
        void close() {
            factory.close();
        }

        private static AuditEntry entry(TenantId tenant, String payload) {
            return new AuditEntry(tenant, Instant.parse("2026-06-01T12:00:00.123Z"), "user", UserId.newId(),
                    TokenId.newId(), "user.update", "user", UserId.newId().toString(), "req-42", "192.0.2.7",
                    AuditEntry.SUCCESS, List.of("profile_updated", "deactivated"), payload);
        }

        private List<Object[]> rows(TenantId tenant) {
            EntityManager em = factory.createEntityManager();
            try {
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("select action, changes, payload, request_id,"
                        + " actor_token_id from audit_records where tenant_id = ?1")
                        .setParameter(1, tenant.toString()).getResultList();
                return rows;
            } finally {
                em.close();
            }
        }

        @Test
        void recordIsStoredWithEveryField() {
            TenantId tenant = TenantId.newId();
            String payload = "{\"userName\":\"" + "x".repeat(200_000) + "\"}";
            AuditEntry entry = entry(tenant, payload);
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            new JpaAuditTrail(em).record(entry);
            em.getTransaction().commit();
            em.close();

            List<Object[]> rows = rows(tenant);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)[0]).isEqualTo("user.update");
            assertThat(rows.get(0)[1]).isEqualTo("profile_updated deactivated");
            assertThat(rows.get(0)[2]).isEqualTo(payload);
            assertThat(rows.get(0)[3]).isEqualTo("req-42");
            assertThat(rows.get(0)[4]).isEqualTo(entry.actorTokenId().toString());
        }

        @Test
        void rolledBackTransactionLeavesNoRecord() {
            TenantId tenant = TenantId.newId();
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            new JpaAuditTrail(em).record(entry(tenant, null));
            em.getTransaction().rollback();
            em.close();

            assertThat(rows(tenant)).isEmpty();
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
