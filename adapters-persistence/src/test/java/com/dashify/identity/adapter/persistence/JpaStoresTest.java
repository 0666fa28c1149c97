package com.dashify.identity.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.group.JpaMembershipRepository;
import com.dashify.identity.adapter.persistence.passkey.JpaPasskeyRepository;
import com.dashify.identity.adapter.persistence.session.JpaSessionRepository;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.adapter.persistence.token.JpaTokenRepository;
import com.dashify.identity.adapter.persistence.user.JpaRoleMappingRepository;
import com.dashify.identity.adapter.persistence.user.JpaUserRepository;
import com.dashify.identity.application.ParallelClients;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.query.PageRequest;
import com.dashify.identity.application.query.UserFilter;
import com.dashify.identity.application.query.UserSort;
import com.dashify.identity.application.user.lifecycle.UserLifecycle;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase.UserStatusCommand;
import com.dashify.identity.application.user.service.UserAdministrationService;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import com.dashify.identity.domain.user.UserProfile;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the JPA stores do beyond the shared contracts: races between transactions, stored order; both databases. */
class JpaStoresTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {

        private final JpaTestSupport jpa;
        private final EntityManager em;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            em = EntityManagerProxy.of(jpa::entityManager);
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        private TenantId tenant(String name) {
            TenantId id = TenantId.newId();
            jpa.inTransaction(e -> {
                new JpaTenantRepository(em).add(new Tenant(id, TenantName.of(name), NOW));
                return null;
            });
            return id;
        }

        private User user(TenantId tenant, String userName) {
            return User.provision(UserId.newId(), tenant, new UserName(userName), null, UserProfile.EMPTY,
                    Role.ORG_ADMIN, true, NOW);
        }

        @Test
        void twentyParallelAddsOfOneUserNameStoreExactlyOne() throws Exception {
            TenantId tenant = tenant("race-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            int clients = 20;
            List<String> results = ParallelClients.outcomes(clients, i -> {
                String userName = i % 2 == 0 ? "Same.Person@Example.com" : "same.person@example.com";
                return () -> {
                    try {
                        jpa.inTransaction(e -> users.add(user(tenant, userName)));
                        return "created";
                    } catch (UserNameTakenException taken) {
                        return "taken";
                    }
                };
            });
            assertThat(results).containsOnlyOnce("created").filteredOn("taken"::equals).hasSize(clients - 1);
            long stored = jpa.inTransaction(e -> users.search(tenant, UserFilter.all(), UserSort.DEFAULT,
                    new PageRequest(0, 100)).total());
            assertThat(stored).isEqualTo(1);
        }

        @Test
        void idpGroupsRoundTripWithTheUser() {
            TenantId tenant = tenant("groups-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            User added = jpa.inTransaction(e -> users.add(user(tenant, "grouped")));

            jpa.inTransaction(e -> {
                User loaded = users.findForUpdate(tenant, added.id()).orElseThrow();
                loaded.recordIdpGroups(Set.of("dashify-editors", "Everyone"));
                return users.update(loaded);
            });

            Optional<User> loaded = jpa.inTransaction(e -> users.findById(tenant, added.id()));
            assertThat(loaded.orElseThrow().idpGroups()).containsExactlyInAnyOrder("dashify-editors", "Everyone");
        }

        @Test
        void twoAdminsDeactivatingEachOtherAtOnceLeaveOneActiveOrgAdmin() throws Exception {
            TenantId tenant = tenant("admins-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            UserAdministrationService administration = new UserAdministrationService(users, new UserLifecycle(users,
                    new JpaRoleMappingRepository(em), new JpaMembershipRepository(em), new JpaTokenRepository(em),
                    new JpaSessionRepository(em), new JpaPasskeyRepository(em), new NoAuditTrail(),
                    Clock.fixed(NOW, ZoneOffset.UTC)));
            User ann = jpa.inTransaction(e -> users.add(user(tenant, "ann")));
            User bob = jpa.inTransaction(e -> users.add(user(tenant, "bob")));
            RequestContext request = new RequestContext("race", "192.0.2.1", null, null);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (User[] pair : List.of(new User[] {ann, bob}, new User[] {bob, ann})) {
                    Actor actor = Actor.signingIn(tenant, pair[0].id());
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            jpa.inTransaction(e -> administration.deactivate(
                                    new UserStatusCommand(actor, pair[1].id(), request)));
                            return "deactivated";
                        } catch (AuthenticationFailedException deactivatedFirst) {
                            return "refused";
                        }
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).containsExactlyInAnyOrder("deactivated", "refused");
            } finally {
                pool.shutdownNow();
            }
            long activeAdmins = jpa.inTransaction(e -> users.search(tenant, UserFilter.all(), UserSort.DEFAULT,
                    new PageRequest(0, 10)).items().stream().filter(User::isActiveOrgAdmin).count());
            assertThat(activeAdmins).isOne();
        }

        @Test
        void childRowsComeBackInTheirStoredOrderWhateverOrderTheTableHoldsThem() {
            TenantId tenant = tenant("child-order-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            UserProfile profile = new UserProfile(PersonName.EMPTY, null, null, null, null, null, null, null, null,
                    List.of(new EmailAddress("a@example.com", "work", true, null),
                            new EmailAddress("b@example.com", "home", false, null),
                            new EmailAddress("c@example.com", "other", false, null)),
                    List.of(), List.of(), List.of(), Employment.EMPTY);
            User added = jpa.inTransaction(e -> users.add(User.provision(UserId.newId(), tenant,
                    new UserName("ordered"), null, profile, Role.VIEWER, true, NOW)));
            // Reverses the stored order without moving the rows: a read must follow idx, not the table.
            assertThat(nativeUpdate("update user_emails set idx = idx + 10 where user_id = ?1",
                    added.id().toString())).isEqualTo(3);
            assertThat(nativeUpdate("update user_emails set idx = 12 - idx where user_id = ?1",
                    added.id().toString())).isEqualTo(3);

            User byId = jpa.inTransaction(e -> users.findById(tenant, added.id())).orElseThrow();
            User bySearch = jpa.inTransaction(e -> users.search(tenant, UserFilter.all(), UserSort.DEFAULT,
                    new PageRequest(0, 10))).items().get(0);

            for (User read : List.of(byId, bySearch)) {
                assertThat(read.profile().emails()).extracting(EmailAddress::value)
                        .containsExactly("c@example.com", "b@example.com", "a@example.com");
            }
        }

        /** Runs an update behind the repositories' back, parameters as ?1, ?2…; the rows it changed. */
        private int nativeUpdate(String sql, String... parameters) {
            return jpa.inTransaction(e -> {
                Query update = e.createNativeQuery(sql);
                for (int i = 0; i < parameters.length; i++) {
                    update.setParameter(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            });
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

    /** The audit trail has its own tests (adapters-audit); these are about the stores. */
    private static final class NoAuditTrail implements AuditTrail {

        @Override
        public void record(AuditEntry entry) {
        }

        @Override
        public void recordRefusal(AuditEntry entry) {
        }
    }
}
