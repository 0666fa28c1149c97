package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nodes going away under a directory's load through the balancer, on a cluster of this class's
 * own ({@link Cluster}). A node killed outright: the balancer sends reads elsewhere, so no GET
 * fails; every user that got its 201 is there once, with its audit records; the writes that failed
 * are printed (for the note) and retried, and retrying them is safe. A rolling restart, each node
 * draining before it stops: no request fails at all.
 */
class ClusterFaultIT {

    private static final int WORKERS = 3;
    /** Creates that must succeed in each phase: enough for the load to have crossed it, few enough to keep it short. */
    private static final int CREATES_PER_PHASE = 6;
    /** How long a phase may take to get its creates; generous, as the machine may be busy. Not a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start("ClusterFaultIT", 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aNodeKilledUnderLoadFailsNoReadLosesNoUserAndItsFailedWritesAreSafeToRetry() throws Exception {
        DashifyServer balancer = cluster.balancer();
        ScimClient tenant = ScimClient.forNewTenant(balancer);
        ScimClient directory = RolesIT.directory(balancer, tenant);
        AtomicReference<String> phase = new AtomicReference<>("before the kill");
        Instant began = Instant.now();
        List<IdpLoad.Call> calls;
        try (IdpLoad load = IdpLoad.start(directory, WORKERS, phase)) {
            load.awaitMoreCreated(CREATES_PER_PHASE, PATIENCE);
            // Flat out around the kill: with think time the node often died with nothing in flight.
            load.flatOut(true);
            load.awaitMoreCreated(2, PATIENCE);
            phase.set("node 1 killed");
            cluster.killNode(1);
            load.awaitMoreCreated(CREATES_PER_PHASE, PATIENCE);
            load.flatOut(false);
            phase.set("node 1 starting again");
            cluster.startNode(1);
            phase.set("after node 1 is back");
            load.awaitMoreCreated(CREATES_PER_PHASE, PATIENCE);
            calls = load.stop();
            report("Node killed", load, calls, began);

            List<IdpLoad.Call> failedReads = calls.stream().filter(call -> !call.step().isWrite() && call.failed())
                    .toList();
            assertThat(failedReads.stream().filter(call -> call.status() == 0 || call.status() >= 500))
                    .as("GETs without an answer or with a 5xx: the balancer retries reads elsewhere").isEmpty();
            assertThat(failedReads).as("GETs that did not get their 200").isEmpty();

            Set<String> created = new LinkedHashSet<>();
            Map<String, String> ids = new LinkedHashMap<>();
            for (IdpLoad.Call call : calls) {
                if (call.step() == IdpLoad.Step.CREATE && call.status() == 201) {
                    created.add(call.userName());
                    ids.put(call.userName(), ScimClient.json(call.answer()).getString("id"));
                }
            }
            Set<String> retriedCreates = retryFailedWrites(load, directory, calls, ids);

            Map<String, Integer> found = foundByFilter(directory, created);
            Map<String, Long> rows = countsBy(tenant, "select user_name_key, count(*) from users where tenant_id = ?"
                    + " group by user_name_key");
            Map<String, Long> provisioned = audited(tenant, "user.provision");
            Map<String, Long> deactivated = audited(tenant, "user.deactivate");
            for (String userName : created) {
                assertThat(found.get(userName)).as("users named " + userName + " found by filter").isOne();
                assertThat(rows.get(userName.toLowerCase(Locale.ROOT))).as("rows of " + userName).isOne();
                assertThat(provisioned.get(ids.get(userName))).as("user.provision of " + userName).isOne();
            }
            for (IdpLoad.Call call : calls) {
                if (call.step() == IdpLoad.Step.DEACTIVATE && call.status() == 200) {
                    assertThat(deactivated.get(ids.get(call.userName()))).as("user.deactivate of " + call.userName())
                            .isOne();
                }
            }
            assertThat(cluster.node(1).queryNumber("select count(*) from users where tenant_id = ?"
                    + " and user_name like 'okta-%'", tenant.tenantId()))
                    .as("users: those created, and those whose failed create was retried; no other")
                    .isEqualTo(created.size() + retriedCreates.stream().filter(name -> !created.contains(name)).count());

            // Whether a write was in flight when the node died is up to timing (twice none was): so the
            // last creates and deactivations that did succeed are sent again too, as a directory
            // that never saw their answer would, and must change nothing.
            List<IdpLoad.Call> succeeded = calls.stream().filter(call -> !call.failed()
                    && (call.step() == IdpLoad.Step.CREATE || call.step() == IdpLoad.Step.DEACTIVATE)).toList();
            for (IdpLoad.Call done : succeeded.subList(Math.max(0, succeeded.size() - 4), succeeded.size())) {
                System.out.println("  replayed " + done);
                assertSafeToRetry(load, directory, done, new LinkedHashSet<>());
            }
            assertThat(succeeded).as("creates and deactivations that succeeded").isNotEmpty();

            ClusterIT.awaitChained(balancer, tenant.tenantId());
            String auditToken = RolesIT.operatorToken(balancer, tenant, tenant.adminUserName(), "\"audit\"");
            JsonObject verified = ClusterIT.verify(balancer, auditToken);
            assertThat(verified.getBoolean("intact")).as(verified.toString()).isTrue();
        } finally {
            // Should an assertion fail with node 1 down, the rolling restart still finds two nodes.
            cluster.ensureRunning(1);
        }
    }

    @Test
    void aRollingRestartUnderLoadFailsNoRequest() throws Exception {
        DashifyServer balancer = cluster.balancer();
        ScimClient tenant = ScimClient.forNewTenant(balancer);
        ScimClient directory = RolesIT.directory(balancer, tenant);
        AtomicReference<String> phase = new AtomicReference<>("before the restart");
        Instant began = Instant.now();
        try (IdpLoad load = IdpLoad.start(directory, WORKERS, phase)) {
            load.awaitMoreCreated(CREATES_PER_PHASE, PATIENCE);
            phase.set("rolling restart");
            cluster.rollingRestart();
            phase.set("after the restart");
            load.awaitMoreCreated(CREATES_PER_PHASE, PATIENCE);
            List<IdpLoad.Call> calls = load.stop();
            report("Rolling restart", load, calls, began);

            assertThat(calls.stream().filter(call -> call.phase().equals("rolling restart")).count())
                    .as("requests sent during the restart").isPositive();
            assertThat(calls.stream().filter(IdpLoad.Call::failed).map(IdpLoad.Call::toString))
                    .as("failed requests").isEmpty();
        }
    }

    /**
     * Sends every failed write again, as a directory does, and shows the retry safe: a create gets
     * 201, or 409 because the first one did commit, and either way the user is there once; a PUT or
     * a PATCH gets 200 and leaves the state it asked for, the same when sent once more. Returns the
     * user names whose create was retried.
     */
    private static Set<String> retryFailedWrites(IdpLoad load, ScimClient directory, List<IdpLoad.Call> calls,
                                                 Map<String, String> ids) {
        Set<String> retriedCreates = new LinkedHashSet<>();
        for (IdpLoad.Call failed : calls.stream().filter(call -> call.step().isWrite() && call.failed()).toList()) {
            assertSafeToRetry(load, directory, failed, retriedCreates);
        }
        return retriedCreates;
    }

    /**
     * Sends a write once more and checks that it changes nothing a second time: a create answers
     * 201 or 409 {@code uniqueness} and the user exists once, a replace or deactivation answers
     * 200 and leaves the same state, also on one more retry.
     */
    private static void assertSafeToRetry(IdpLoad load, ScimClient directory, IdpLoad.Call failed,
                                          Set<String> retriedCreates) {
        {
            DashifyServer.Response retried = load.retry(failed);
            System.out.println("  retried " + failed + " -> " + retried.status());
            switch (failed.step()) {
                case CREATE -> {
                    retriedCreates.add(failed.userName());
                    assertThat(retried.status()).as(failed + " retried: " + retried.body()).isIn(201, 409);
                    if (retried.status() == 409) {
                        ScimAssertions.assertScimError(retried, 409, "uniqueness");
                    }
                    assertThat(found(directory, failed.userName())).as("after the retry of " + failed).isOne();
                }
                case REPLACE, DEACTIVATE -> {
                    assertThat(retried.status()).as(failed + " retried: " + retried.body()).isEqualTo(200);
                    JsonObject user = ScimClient.json(directory.get(failed.path()).body());
                    if (failed.step() == IdpLoad.Step.REPLACE) {
                        assertThat(user.getJsonObject("name").getString("givenName")).isEqualTo("Renamed");
                    } else {
                        assertThat(user.getBoolean("active")).isFalse();
                    }
                    DashifyServer.Response again = load.retry(failed);
                    assertThat(again.status()).isEqualTo(200);
                    assertThat(withoutMeta(ScimClient.json(directory.get(failed.path()).body())))
                            .as("the state after one more retry of " + failed).isEqualTo(withoutMeta(user));
                }
                default -> throw new IllegalStateException("not a write: " + failed);
            }
        }
    }

    /** Prints what happened, for the note: calls by step, phase and status, and each failed write exactly. */
    private static void report(String test, IdpLoad load, List<IdpLoad.Call> calls, Instant began) {
        List<IdpLoad.Call> failedWrites = calls.stream().filter(call -> call.step().isWrite() && call.failed()).toList();
        System.out.printf("%s: %d requests in %d s by %d clients through the balancer%n", test, calls.size(),
                Duration.between(began, Instant.now()).toSeconds(), WORKERS);
        load.summary().forEach((what, count) -> System.out.printf("  %-45s %5d%n", what, count));
        System.out.printf("%s: %d failed writes%n", test, failedWrites.size());
        failedWrites.forEach(call -> System.out.println("  failed write: " + call));
        calls.stream().filter(call -> !call.step().isWrite() && call.failed())
                .forEach(call -> System.out.println("  failed read: " + call));
    }

    private static Map<String, Object> withoutMeta(JsonObject user) {
        Map<String, Object> copy = new LinkedHashMap<>(user);
        copy.remove("meta");
        return copy;
    }

    private static int found(ScimClient directory, String userName) {
        DashifyServer.Response answer = directory.search("userName eq \"" + userName + "\"");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ScimClient.json(answer.body()).getInt("totalResults");
    }

    /** For each user name, how many users a SCIM filter by it finds, asked a few at a time. */
    private static Map<String, Integer> foundByFilter(ScimClient directory, Set<String> userNames) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<String, Future<Integer>> asked = new LinkedHashMap<>();
            for (String userName : userNames) {
                asked.put(userName, pool.submit(() -> found(directory, userName)));
            }
            Map<String, Integer> found = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Integer>> answer : asked.entrySet()) {
                found.put(answer.getKey(), answer.getValue().get(2, TimeUnit.MINUTES));
            }
            return found;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many successful audit records of {@code action} the tenant has, by target id. */
    private static Map<String, Long> audited(ScimClient tenant, String action) throws Exception {
        return countsBy(tenant, "select target_id, count(*) from audit_records where tenant_id = ? and action = '"
                + action + "' and outcome = 'success' group by target_id");
    }

    /** A query of (key, count) rows for the tenant, as a map. */
    private static Map<String, Long> countsBy(ScimClient tenant, String sql) throws Exception {
        try (Connection db = cluster.node(1).connectToDatabase(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, tenant.tenantId());
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getString(1), row.getLong(2));
                }
            }
            return counts;
        }
    }
}
