package com.dashify.identity.adapter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.audit.port.in.AuditChainBrokenException;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase.Verification;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.Initiator;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase.PruneCommand;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.audit.service.AuditChainService;
import com.dashify.identity.application.audit.service.AuditRetentionService;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.query.ChainBacklog;
import com.dashify.identity.application.tenant.port.out.TenantRepository;
import com.dashify.identity.domain.audit.ChainVerifier.Break;
import com.dashify.identity.domain.audit.ChainVerifier.Reason;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.testsupport.Migrations;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What only the JPA audit store shows, on H2 and PostgreSQL: the hash chain over its records, pruning,
 * and a rollback taking the record with it. What the ports promise is in {@code JpaAuditTrailContractTest}.
 */
class JpaAuditTrailTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {

        private final EntityManagerFactory factory;

        OnDatabase(TestDatabase database) {
            Migrations.apply(database, AuditSchema.MIGRATIONS, AuditSchema.HISTORY_TABLE);
            factory = Persistence.createEntityManagerFactory(TestUnit.NAME, Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.password", database.password()));
        }

        @AfterAll
        void close() {
            factory.close();
        }

        private static AuditEntry entry(TenantId tenant) {
            return new AuditEntry(tenant, Instant.parse("2026-06-01T12:00:00.123Z"), "user", UserId.newId(),
                    TokenId.newId(), null, "user.update", "user", UserId.newId().toString(), "req-42", "192.0.2.7",
                    "Okta SCIM Client 1.0.0", Outcome.SUCCESS, List.of("profile_updated", "deactivated"), null);
        }

        /** The action of each of the tenant's rows in {@code audit_records}. */
        private List<String> actions(TenantId tenant) {
            EntityManager em = factory.createEntityManager();
            try {
                @SuppressWarnings("unchecked")
                List<String> actions = em.createNativeQuery("select action from audit_records where tenant_id = ?1")
                        .setParameter(1, tenant.toString()).getResultList();
                return actions;
            } finally {
                em.close();
            }
        }

        private <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager em = factory.createEntityManager();
            try {
                em.getTransaction().begin();
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        private void sql(String statement, Object... parameters) {
            inTransaction(em -> {
                var query = em.createNativeQuery(statement);
                for (int i = 0; i < parameters.length; i++) {
                    query.setParameter(i + 1, parameters[i]);
                }
                return query.executeUpdate();
            });
        }

        /** A tenant with five records, chained. */
        private TenantId chainedTenant() {
            TenantId tenant = TenantId.newId();
            for (int i = 0; i < 5; i++) {
                // Odd records have a session and user agent, even ones are shaped like records made before them.
                AuditEntry entry = new AuditEntry(tenant, Instant.parse("2026-06-01T12:00:00Z").plusSeconds(i),
                        "user", UserId.newId(), null, i % 2 == 1 ? SessionId.newId() : null, "user.update", "user",
                        "u" + i, "req-" + i, "192.0.2.7", i % 2 == 1 ? "Mozilla/5.0" : null, Outcome.SUCCESS,
                        List.of("step_" + i), "{\"n\":" + i + "}");
                inTransaction(em -> {
                    new JpaAuditTrail(em).record(entry);
                    return null;
                });
            }
            int sealed = inTransaction(em -> new AuditChainService(new JpaAuditChainStore(em), null).seal(tenant));
            assertThat(sealed).isEqualTo(5);
            return tenant;
        }

        private Verification verify(TenantId tenant) {
            return inTransaction(em -> new AuditChainService(new JpaAuditChainStore(em), null).verify(tenant));
        }

        private String recordAt(TenantId tenant, long sequence) {
            return inTransaction(em -> (String) em.createNativeQuery("select record_id from audit_chain_links"
                    + " where tenant_id = ?1 and link_sequence = ?2").setParameter(1, tenant.toString())
                    .setParameter(2, sequence).getSingleResult());
        }

        @Test
        void chainedRecordsVerifyAndNewOnesWaitToBeChained() {
            TenantId tenant = chainedTenant();
            inTransaction(em -> {
                new JpaAuditTrail(em).record(entry(tenant));
                return null;
            });

            Verification verification = verify(tenant);

            assertThat(verification.intact()).isTrue();
            assertThat(verification.checked()).isEqualTo(5);
            assertThat(verification.unsealed()).isOne();
            int sealedLater = inTransaction(em -> new AuditChainService(new JpaAuditChainStore(em), null).seal(tenant));
            assertThat(sealedLater).isOne();
            assertThat(verify(tenant).checked()).isEqualTo(6);
        }

        @Test
        void theBacklogCountsEveryTenantsUnchainedRecordsAndDatesTheOldest() {
            ChainBacklog before = inTransaction(em -> new JpaAuditChainStore(em).backlog());
            TenantId tenant = TenantId.newId();
            Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
            inTransaction(em -> {
                JpaAuditTrail trail = new JpaAuditTrail(em);
                trail.record(new AuditEntry(tenant, longAgo, "system", null, null, null, "audit.prune", null, null,
                        "req-old", null, null, Outcome.SUCCESS, List.of(), null));
                trail.record(entry(tenant));
                return null;
            });

            ChainBacklog waiting = inTransaction(em -> new JpaAuditChainStore(em).backlog());
            inTransaction(em -> new AuditChainService(new JpaAuditChainStore(em), null).seal(tenant));
            ChainBacklog after = inTransaction(em -> new JpaAuditChainStore(em).backlog());

            assertThat(waiting.records()).isEqualTo(before.records() + 2);
            assertThat(waiting.oldestWrittenAt()).isEqualTo(longAgo);
            assertThat(waiting.lagAt(longAgo.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
            assertThat(after.records()).isEqualTo(before.records());
            assertThat(after.oldestWrittenAt()).isNotEqualTo(longAgo);
            assertThat(ChainBacklog.NONE.lagAt(Instant.now())).isZero();
        }

        /** The tenants live in the persistence adapter; here every tenant id names one. */
        private static final TenantRepository EVERY_TENANT = new TenantRepository() {
            @Override
            public void add(Tenant tenant) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Tenant> findById(TenantId id) {
                return Optional.of(new Tenant(id, TenantName.of("t-" + id.toString().substring(0, 8)), Instant.EPOCH));
            }

            @Override
            public Optional<Tenant> findByName(TenantName name) {
                return Optional.empty();
            }
        };

        /** Prunes as the schedule does, a day's retention seen from a day after the fourth record. */
        private long prune(TenantId tenant) {
            Clock dayAfterFourth = Clock.fixed(Instant.parse("2026-06-02T12:00:03Z"), ZoneOffset.UTC);
            return inTransaction(em -> new AuditRetentionService(new JpaAuditChainStore(em), EVERY_TENANT,
                    new JpaAuditTrail(em), dayAfterFourth, Duration.ofDays(1)).prune(new PruneCommand(tenant, Initiator.SCHEDULE,
                    new RequestContext("prune-1", null, null, null))));
        }

        @Test
        void pruningDeletesTheOldestChainedRecordsAndTheChainVerifiesFromItsNewStart() {
            TenantId tenant = chainedTenant();
            String fourth = recordAt(tenant, 4);

            assertThat(prune(tenant)).isEqualTo(3);
            assertThat(prune(tenant)).as("nothing more is old enough").isZero();

            assertThat(actions(tenant)).as("two kept, and the record of the pruning")
                    .containsExactlyInAnyOrder("user.update", "user.update", "audit.prune");
            inTransaction(em -> new AuditChainService(new JpaAuditChainStore(em), null).seal(tenant));
            Verification verification = verify(tenant);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.checked()).as("the two kept and the pruning's own record").isEqualTo(3);
            sql("delete from audit_chain_links where tenant_id = ?1 and link_sequence = 4", tenant.toString());
            assertThat(verify(tenant).firstBreak()).as("the oldest kept record cannot go unnoticed either")
                    .hasValueSatisfying(found -> {
                        assertThat(found.sequence()).isEqualTo(4);
                        assertThat(found.reason()).isEqualTo(Reason.LINK_MISSING);
                        assertThat(found.recordId()).isNotEqualTo(fourth);
                    });
        }

        @Test
        void aBrokenStretchIsNotPrunedSoTheEvidenceStays() {
            TenantId tenant = chainedTenant();
            sql("update audit_records set payload = '{\"n\":99}' where id = ?1", recordAt(tenant, 2));

            assertThatThrownBy(() -> prune(tenant)).isInstanceOf(AuditChainBrokenException.class)
                    .hasMessageContaining("link 2");
            assertThat(actions(tenant)).hasSize(5);
        }

        @Test
        void withoutRetentionNothingIsPruned() {
            TenantId tenant = chainedTenant();
            long pruned = inTransaction(em -> new AuditRetentionService(new JpaAuditChainStore(em),
                    EVERY_TENANT, new JpaAuditTrail(em), Clock.systemUTC(), null).prune(new PruneCommand(tenant, Initiator.SCHEDULE,
                    new RequestContext("prune-2", null, null, null))));

            assertThat(pruned).isZero();
            assertThat(actions(tenant)).hasSize(5);
        }

        @Test
        void aWalkSeesTheLinksItsOwnTransactionJustMade() {
            TenantId tenant = chainedTenant();
            inTransaction(em -> {
                new JpaAuditTrail(em).record(entry(tenant));
                return null;
            });

            Verification verification = inTransaction(em -> {
                AuditChainService chain = new AuditChainService(new JpaAuditChainStore(em), null);
                chain.seal(tenant);
                return chain.verify(tenant);
            });

            assertThat(verification.checked()).isEqualTo(6);
            assertThat(verification.unsealed()).isZero();
        }

        @Test
        void anEditedFieldIsFoundAtItsRecord() {
            TenantId tenant = chainedTenant();
            sql("update audit_records set payload = '{\"n\":99}' where id = ?1", recordAt(tenant, 3));

            assertThat(verify(tenant).firstBreak()).contains(new Break(3, recordAt(tenant, 3), Reason.RECORD_CHANGED));
        }

        @Test
        void aDeletedRecordOrLinkIsFound() {
            TenantId tenant = chainedTenant();
            String second = recordAt(tenant, 2);
            sql("delete from audit_records where id = ?1", second);
            TenantId other = chainedTenant();
            sql("delete from audit_chain_links where tenant_id = ?1 and link_sequence = 4", other.toString());

            assertThat(verify(tenant).firstBreak()).contains(new Break(2, second, Reason.RECORD_MISSING));
            assertThat(verify(other).firstBreak()).hasValueSatisfying(found -> {
                assertThat(found.sequence()).isEqualTo(4);
                assertThat(found.reason()).isEqualTo(Reason.LINK_MISSING);
            });
        }

        @Test
        void swappedRecordsAreFound() {
            TenantId tenant = chainedTenant();
            String second = recordAt(tenant, 2);
            String fourth = recordAt(tenant, 4);
            sql("update audit_chain_links set link_sequence = -1 where tenant_id = ?1 and link_sequence = 2",
                    tenant.toString());
            sql("update audit_chain_links set link_sequence = 2 where tenant_id = ?1 and link_sequence = 4",
                    tenant.toString());
            sql("update audit_chain_links set link_sequence = 4 where tenant_id = ?1 and link_sequence = -1",
                    tenant.toString());

            assertThat(verify(tenant).firstBreak()).contains(new Break(2, fourth, Reason.LINK_OUT_OF_ORDER));
            assertThat(second).isNotEqualTo(fourth);
        }

        @Test
        void rolledBackTransactionLeavesNoRecord() {
            TenantId tenant = TenantId.newId();
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            new JpaAuditTrail(em).record(entry(tenant));
            em.getTransaction().rollback();
            em.close();

            assertThat(actions(tenant)).isEmpty();
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
