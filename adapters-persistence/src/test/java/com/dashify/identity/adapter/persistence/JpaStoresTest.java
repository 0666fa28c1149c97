package com.dashify.identity.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.persistence.credential.JpaCredentialRepository;
import com.dashify.identity.adapter.persistence.credential.JpaPasswordSetupRepository;
import com.dashify.identity.adapter.persistence.dashboard.JpaDashboardRepository;
import com.dashify.identity.adapter.persistence.passkey.JpaPasskeyRepository;
import com.dashify.identity.adapter.persistence.session.JpaSessionRepository;
import com.dashify.identity.adapter.persistence.sso.JpaSsoConfigurationRepository;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.adapter.persistence.token.JpaTokenRepository;
import com.dashify.identity.adapter.persistence.user.JpaRoleMappingRepository;
import com.dashify.identity.adapter.persistence.user.JpaUserRepository;
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
import com.dashify.identity.domain.credential.LocalCredential;
import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.sso.SsoConfiguration;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.tenant.TenantNameTakenException;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserNameTakenException;
import com.dashify.identity.domain.user.UserProfile;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** What the JPA stores do beyond the shared contract: races, tokens, tenants, on both databases. */
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
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                for (int i = 0; i < clients; i++) {
                    String userName = i % 2 == 0 ? "Same.Person@Example.com" : "same.person@example.com";
                    Callable<String> add = () -> {
                        start.await();
                        try {
                            jpa.inTransaction(e -> users.add(user(tenant, userName)));
                            return "created";
                        } catch (UserNameTakenException taken) {
                            return "taken";
                        }
                    };
                    outcomes.add(pool.submit(add));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get(60, TimeUnit.SECONDS));
                }
                assertThat(results).containsOnlyOnce("created").filteredOn("taken"::equals).hasSize(clients - 1);
            } finally {
                pool.shutdownNow();
            }
            long stored = jpa.inTransaction(e -> users.search(tenant, UserFilter.all(), UserSort.DEFAULT,
                    new PageRequest(0, 100)).total());
            assertThat(stored).isEqualTo(1);
        }

        @Test
        void consoleCredentialsAndSetupLinksAreScopedAndStoredAsHashes() {
            String name = "cred-" + System.nanoTime();
            TenantId tenant = tenant(name);
            JpaUserRepository users = new JpaUserRepository(em);
            JpaCredentialRepository credentials = new JpaCredentialRepository(em);
            JpaPasswordSetupRepository setups = new JpaPasswordSetupRepository(em);
            User admin = jpa.inTransaction(e -> users.add(user(tenant, "Admin@Example.com")));
            PasswordSetup.Issued issued = PasswordSetup.issue(tenant, admin.id(), NOW, new SecureRandom());

            jpa.inTransaction(e -> {
                credentials.save(new LocalCredential(tenant, admin.id(), "PBKDF2WithHmacSHA512:1:c2FsdA==:a2V5", NOW));
                credentials.save(new LocalCredential(tenant, admin.id(), "PBKDF2WithHmacSHA512:2:c2FsdA==:a2V5",
                        NOW.plusSeconds(1)));
                setups.add(issued.setup());
                return null;
            });

            Optional<LocalCredential> found = jpa.inTransaction(e -> credentials.find(tenant, admin.id()));
            Optional<LocalCredential> otherTenant = jpa.inTransaction(e -> credentials.find(TenantId.newId(), admin.id()));
            assertThat(found).hasValueSatisfying(c -> assertThat(c.passwordHash()).contains(":2:"));
            assertThat(otherTenant).isEmpty();
            Optional<Tenant> byName = jpa.inTransaction(e -> new JpaTenantRepository(em).findByName(TenantName.of(name)));
            Optional<User> byUserName = jpa.inTransaction(e -> users.findByUserName(tenant,
                    new UserName("admin@example.COM")));
            assertThat(byName).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(tenant));
            assertThat(byUserName).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(admin.id()));

            jpa.inTransaction(e -> {
                PasswordSetup setup = setups.findByHashForUpdate(issued.secret().hash()).orElseThrow();
                assertThat(setup.isUsableAt(NOW)).isTrue();
                setup.use(NOW.plusSeconds(5));
                setups.update(setup);
                return null;
            });
            PasswordSetup used = jpa.inTransaction(e -> setups.findByHashForUpdate(issued.secret().hash()))
                    .orElseThrow();
            assertThat(used.usedAt()).contains(NOW.plusSeconds(5));
            assertThat(used.isUsableAt(NOW.plusSeconds(6))).isFalse();
        }

        @Test
        void roleMappingsKeepTheirOrderAndAreReplacedOrRemovedWhole() {
            TenantId tenant = tenant("mapping-" + System.nanoTime());
            JpaRoleMappingRepository mappings = new JpaRoleMappingRepository(em);
            Map<String, Role> values = new LinkedHashMap<>();
            values.put("Engineering", Role.EDITOR);
            values.put("dashify-admins", Role.ORG_ADMIN);
            values.put("Audit", Role.VIEWER);
            RoleMapping first = new RoleMapping(MappedAttribute.DEPARTMENT, true, values, Role.VIEWER);
            RoleMapping second = new RoleMapping(null, true, Map.of("editors", Role.EDITOR), Role.EDITOR);

            jpa.inTransaction(e -> {
                mappings.save(tenant, first);
                return null;
            });
            RoleMapping loaded = jpa.inTransaction(e -> mappings.find(tenant)).orElseThrow();
            jpa.inTransaction(e -> {
                mappings.save(tenant, second);
                return null;
            });
            RoleMapping replaced = jpa.inTransaction(e -> mappings.find(tenant)).orElseThrow();
            jpa.inTransaction(e -> {
                mappings.remove(tenant);
                return null;
            });

            assertThat(loaded).isEqualTo(first);
            assertThat(loaded.values().keySet()).containsExactly("Engineering", "dashify-admins", "Audit");
            assertThat(replaced).isEqualTo(second);
            TenantId other = tenant("other-" + System.nanoTime());
            Optional<RoleMapping> removed = jpa.inTransaction(e -> mappings.find(tenant));
            Optional<RoleMapping> never = jpa.inTransaction(e -> mappings.find(other));
            assertThat(removed).isEmpty();
            assertThat(never).isEmpty();
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
        void dashboardsAreListedNewestFirstWithinTheirTenant() {
            TenantId tenant = tenant("dashboards-" + System.nanoTime());
            TenantId other = tenant("dashboards-other-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            JpaDashboardRepository dashboards = new JpaDashboardRepository(em);
            User editor = jpa.inTransaction(e -> users.add(user(tenant, "editor")));
            User elsewhere = jpa.inTransaction(e -> users.add(user(other, "editor")));
            jpa.inTransaction(e -> {
                dashboards.add(Dashboard.create(tenant, "Older", editor.id(), NOW));
                dashboards.add(Dashboard.create(tenant, "Newer", editor.id(), NOW.plusSeconds(60)));
                dashboards.add(Dashboard.create(other, "Not ours", elsewhere.id(), NOW));
                return null;
            });

            List<Dashboard> all = jpa.inTransaction(e -> dashboards.latest(tenant, 10));
            List<Dashboard> one = jpa.inTransaction(e -> dashboards.latest(tenant, 1));
            assertThat(all).extracting(Dashboard::name).containsExactly("Newer", "Older");
            assertThat(one).hasSize(1);
        }

        @Test
        void ssoConfigurationsRoundTripPerTenant() {
            TenantId tenant = tenant("sso-" + System.nanoTime());
            TenantId other = tenant("sso-other-" + System.nanoTime());
            JpaSsoConfigurationRepository configurations = new JpaSsoConfigurationRepository(em);
            SsoConfiguration first = new SsoConfiguration(tenant, URI.create("https://acme.okta.example/oauth2/default"),
                    "dashify", "secret-1", "preferred_username", "groups");
            SsoConfiguration second = new SsoConfiguration(tenant, URI.create("https://login.example/v2.0"),
                    "dashify-2", "secret-2", "email", null);

            jpa.inTransaction(e -> {
                configurations.save(first);
                return null;
            });
            Optional<SsoConfiguration> loaded = jpa.inTransaction(e -> configurations.find(tenant));
            jpa.inTransaction(e -> {
                configurations.save(second);
                return null;
            });
            Optional<SsoConfiguration> replaced = jpa.inTransaction(e -> configurations.find(tenant));
            Optional<SsoConfiguration> elsewhere = jpa.inTransaction(e -> configurations.find(other));
            jpa.inTransaction(e -> {
                configurations.remove(tenant);
                return null;
            });
            Optional<SsoConfiguration> removed = jpa.inTransaction(e -> configurations.find(tenant));

            assertThat(loaded).contains(first);
            assertThat(replaced).contains(second);
            assertThat(elsewhere).isEmpty();
            assertThat(removed).isEmpty();
        }

        @Test
        void twoAdminsDeactivatingEachOtherAtOnceLeaveOneActiveOrgAdmin() throws Exception {
            TenantId tenant = tenant("admins-" + System.nanoTime());
            JpaUserRepository users = new JpaUserRepository(em);
            UserAdministrationService administration = new UserAdministrationService(users, new UserLifecycle(users,
                    new JpaRoleMappingRepository(em), new JpaTokenRepository(em), new JpaSessionRepository(em),
                    new JpaPasskeyRepository(em), new NoAuditTrail(), Clock.fixed(NOW, ZoneOffset.UTC)));
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
        void tenantNameIsUnique() {
            String name = "acme-" + System.nanoTime();
            tenant(name);

            assertThatThrownBy(() -> tenant(name)).isInstanceOf(TenantNameTakenException.class);
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
