package com.dashify.identity.adapter.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.ParallelClients;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.GroupNameTakenException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import com.dashify.identity.testsupport.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Group changes racing in real transactions on both databases, taking the locks GroupLifecycle
 * takes: the group first, then the joining users in id order; a user's deletion locks the user.
 */
class JpaGroupRacesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class OnDatabase {

        private final JpaGroupStores stores;
        private TenantId tenant;

        OnDatabase(TestDatabase database) {
            stores = new JpaGroupStores(database);
        }

        @AfterAll
        void close() {
            stores.close();
        }

        @BeforeEach
        void createTenant() {
            tenant = TenantId.newId();
            stores.givenTenant(tenant);
        }

        private Group group(String name) {
            return stores.inTransaction(() -> stores.groups().add(Group.create(GroupId.newId(), tenant,
                    new GroupName(name), null, NOW)));
        }

        private UserId user(String userName) {
            return stores.inTransaction(() -> stores.users().add(User.provision(UserId.newId(), tenant,
                    new UserName(userName), null, UserProfile.EMPTY, Role.VIEWER, true, NOW))).id();
        }

        /** As GroupLifecycle does it: lock the group, lock the joining users, add those still live. */
        private Set<UserId> addMember(GroupId groupId, UserId userId) {
            Group group = stores.groups().findForUpdate(tenant, groupId).orElseThrow();
            Set<UserId> live = stores.users().lockLive(tenant, List.of(userId));
            Set<UserId> added = stores.memberships().add(tenant, groupId, live);
            group.membersChanged(NOW.plusSeconds(1));
            stores.groups().update(group);
            return added;
        }

        /** As the user's deletion does it: lock the user, delete it, end its memberships. */
        private void deleteUser(UserId userId) {
            User user = stores.users().findForUpdate(tenant, userId).orElseThrow();
            user.delete(NOW.plusSeconds(2));
            stores.users().update(user);
            stores.memberships().removeUser(tenant, userId);
        }

        /**
         * Runs {@code first} in a transaction that, once it holds its locks and {@code second} has
         * begun its own transaction, waits a moment before it commits: {@code second}, whose first
         * statement takes a lock, must then wait for those of {@code first}.
         */
        private void interleave(Runnable first, Runnable second) throws Exception {
            CountDownLatch firstHoldsItsLocks = new CountDownLatch(1);
            CountDownLatch secondBegan = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> one = pool.submit(() -> stores.inTransaction(() -> {
                    first.run();
                    firstHoldsItsLocks.countDown();
                    await(secondBegan);
                    pause();
                    return null;
                }));
                Future<?> two = pool.submit(() -> {
                    await(firstHoldsItsLocks);
                    return stores.inTransaction(() -> {
                        secondBegan.countDown();
                        second.run();
                        return null;
                    });
                });
                one.get(60, TimeUnit.SECONDS);
                two.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Long enough for the other transaction to reach the lock; nothing is asserted about time. */
        private static void pause() {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Test
        void twoTransactionsAddingDifferentMembersToOneGroupBothStick() throws Exception {
            Group group = group("Engineering");
            UserId ada = user("ada");
            UserId bob = user("bob");

            interleave(() -> addMember(group.id(), ada), () -> addMember(group.id(), bob));

            assertThat(stores.inTransaction(() -> stores.memberships().memberIds(tenant, group.id())))
                    .containsExactlyInAnyOrder(ada, bob);
            assertThat(stores.inTransaction(() -> stores.groups().findById(tenant, group.id())).orElseThrow()
                    .version()).isEqualTo(group.version() + 2);
        }

        @Test
        void aMemberAddedJustBeforeTheUsersDeletionLosesTheMembershipWithIt() throws Exception {
            Group group = group("Engineering");
            UserId ada = user("ada");

            interleave(() -> addMember(group.id(), ada), () -> deleteUser(ada));

            assertThat(stores.inTransaction(() -> stores.memberships().memberIds(tenant, group.id()))).isEmpty();
        }

        @Test
        void aMemberAddedJustAfterTheUsersDeletionIsNotAdded() throws Exception {
            Group group = group("Engineering");
            UserId ada = user("ada");
            AtomicReference<Set<UserId>> added = new AtomicReference<>();

            interleave(() -> deleteUser(ada), () -> added.set(addMember(group.id(), ada)));

            assertThat(added.get()).isEmpty();
            assertThat(stores.inTransaction(() -> stores.memberships().memberIds(tenant, group.id()))).isEmpty();
        }

        @Test
        void tenParallelAddsOfOneNameInAnyCaseStoreExactlyOne() throws Exception {
            int clients = 10;
            List<String> results = ParallelClients.outcomes(clients, i -> {
                String name = i % 2 == 0 ? "Engineering" : "ENGINEERING";
                return () -> {
                    try {
                        group(name);
                        return "created";
                    } catch (GroupNameTakenException taken) {
                        return "taken";
                    }
                };
            });
            assertThat(results).containsOnlyOnce("created").filteredOn("taken"::equals).hasSize(clients - 1);
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
