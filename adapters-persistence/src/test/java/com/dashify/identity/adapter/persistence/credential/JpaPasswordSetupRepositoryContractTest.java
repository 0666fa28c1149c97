package com.dashify.identity.adapter.persistence.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.adapter.persistence.user.JpaUserRepository;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepository;
import com.dashify.identity.application.credential.port.out.PasswordSetupRepositoryContract;
import com.dashify.identity.domain.credential.PasswordSetup;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.TokenSecret;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import com.dashify.identity.testsupport.TestDatabase;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The password setup repository contract, held against the JPA store on H2 and on a real PostgreSQL
 * server, and what only a table can show: that the secret itself is never stored.
 */
class JpaPasswordSetupRepositoryContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends PasswordSetupRepositoryContract {

        private final JpaTestSupport jpa;
        private final PasswordSetupRepository repository;
        private final JpaTenantRepository tenants;
        private final JpaUserRepository users;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            var em = EntityManagerProxy.of(jpa::entityManager);
            repository = new JpaPasswordSetupRepository(em);
            tenants = new JpaTenantRepository(em);
            users = new JpaUserRepository(em);
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        @Override
        protected PasswordSetupRepository repository() {
            return repository;
        }

        @Override
        protected void givenTenant(TenantId tenantId) {
            jpa.inTransaction(em -> {
                tenants.add(new Tenant(tenantId, TenantName.of("t" + tenantId.toString().substring(0, 8)), T0));
                return null;
            });
        }

        @Override
        protected UserId givenUser(TenantId tenantId) {
            UserId id = UserId.newId();
            jpa.inTransaction(em -> users.add(User.provision(id, tenantId, new UserName("u" + id), null,
                    UserProfile.EMPTY, Role.ORG_ADMIN, true, T0)));
            return id;
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            return jpa.inTransaction(em -> work.get());
        }

        @Test
        void linkIsStoredAsTheHashOfItsSecretOnly() {
            PasswordSetup.Issued issued = issue(T0);
            add(issued.setup());

            String stored = jpa.inTransaction(em -> (String) em.createNativeQuery(
                    "select secret_hash from password_setups where id = ?1")
                    .setParameter(1, issued.setup().id().toString()).getSingleResult());

            assertThat(stored).isEqualTo(issued.secret().hash().hex())
                    .doesNotContain(issued.secret().reveal().substring(TokenSecret.SETUP_PREFIX.length()));
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
