package com.dashify.identity.adapter.persistence.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.persistence.EntityManagerProxy;
import com.dashify.identity.adapter.persistence.JpaTestSupport;
import com.dashify.identity.adapter.persistence.tenant.JpaTenantRepository;
import com.dashify.identity.adapter.persistence.user.JpaUserRepository;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.token.port.out.TokenRepositoryContract;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.application.user.port.out.UserRepository.Standing;
import com.dashify.identity.domain.tenant.Tenant;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.tenant.TenantName;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import com.dashify.identity.testsupport.TestDatabase;
import jakarta.persistence.Query;
import java.security.SecureRandom;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The repository contract, held against the JPA store on H2 and on a real PostgreSQL server, and
 * what only a database shows: which column holds the secret, and rows changed behind the store's back.
 */
class JpaTokenRepositoryContractTest {

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase extends TokenRepositoryContract {

        private final JpaTestSupport jpa;
        private final TokenRepository repository;
        private final TokenCallCounts callCounts;
        private final UserRepository users;
        private final JpaTenantRepository tenants;

        OnDatabase(TestDatabase database) {
            jpa = new JpaTestSupport(database);
            var em = EntityManagerProxy.of(jpa::entityManager);
            repository = new JpaTokenRepository(em);
            callCounts = new JpaTokenCallCounts(em);
            users = new JpaUserRepository(em);
            tenants = new JpaTenantRepository(em);
        }

        @AfterAll
        void close() {
            jpa.close();
        }

        @Override
        protected TokenRepository repository() {
            return repository;
        }

        @Override
        protected TokenCallCounts callCounts() {
            return callCounts;
        }

        @Override
        protected UserRepository users() {
            return users;
        }

        @Override
        protected void givenTenant(TenantId tenantId) {
            jpa.inTransaction(em -> {
                tenants.add(new Tenant(tenantId, TenantName.of("t" + tenantId.toString().substring(0, 8)), T0));
                return null;
            });
        }

        @Override
        protected <T> T inTransaction(Supplier<T> work) {
            return jpa.inTransaction(em -> work.get());
        }

        private IssuedToken givenToken(User owner) {
            IssuedToken issued = PersonalAccessToken.issue(TokenId.newId(), tenant, owner.id(), new TokenName("ci"),
                    Set.of(Scope.SCIM), T0, null, new SecureRandom());
            jpa.inTransaction(em -> {
                repository.add(issued.token());
                return null;
            });
            return issued;
        }

        private User givenOwner() {
            return jpa.inTransaction(em -> users.add(User.provision(UserId.newId(), tenant, new UserName("jpa-owner"),
                    null, UserProfile.EMPTY, Role.ORG_ADMIN, true, T0)));
        }

        @Test
        void onlyTheHashOfTheSecretReachesTheTable() {
            IssuedToken issued = givenToken(givenOwner());

            String storedHash = jpa.inTransaction(em -> (String) em.createNativeQuery(
                    "select secret_hash from personal_access_tokens where id = ?1")
                    .setParameter(1, issued.token().id().toString()).getSingleResult());

            assertThat(storedHash).isEqualTo(issued.secret().hash().hex())
                    .doesNotContain(issued.secret().reveal().substring(8));
        }

        @Test
        void ownerIsReadAsTheTableHoldsItEvenWhenChangedBehindTheStoresBack() {
            User owner = givenOwner();
            IssuedToken issued = givenToken(owner);
            Standing before = jpa.inTransaction(em -> repository.findByHashWithOwner(issued.secret().hash()))
                    .orElseThrow().owner();

            assertThat(nativeUpdate("update users set active = false where id = ?1", owner.id().toString()))
                    .isEqualTo(1);
            Standing inactive = jpa.inTransaction(em -> repository.findByHashWithOwner(issued.secret().hash()))
                    .orElseThrow().owner();
            assertThat(nativeUpdate("update users set active = true, deleted_at = created_at where id = ?1",
                    owner.id().toString())).isEqualTo(1);
            Standing deleted = jpa.inTransaction(em -> repository.findByHashWithOwner(issued.secret().hash()))
                    .orElseThrow().owner();

            assertThat(before.mayAct()).isTrue();
            assertThat(inactive.active()).isFalse();
            assertThat(inactive.mayAct()).isFalse();
            assertThat(deleted.active()).isTrue();
            assertThat(deleted.deleted()).isTrue();
            assertThat(deleted.mayAct()).isFalse();
        }

        /** Runs an update behind the store's back, parameters as ?1, ?2…; the rows it changed. */
        private int nativeUpdate(String sql, String... parameters) {
            return jpa.inTransaction(em -> {
                Query update = em.createNativeQuery(sql);
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
}
