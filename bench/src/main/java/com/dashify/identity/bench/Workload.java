package com.dashify.identity.bench;

import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** What the clients of one phase do, each in its own loop until the phase ends. */
enum Workload {

    /** The identity provider's day: lookups before writes, create, PUT, role change, deactivation, list. */
    IDP {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            return new Directory(client, "bench-" + plan.runId() + "-" + index, phase::running);
        }
    },

    /** The ceiling of the request pipeline: an authenticated request that reads no user data. */
    PIPELINE {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            return () -> {
                while (phase.running()) {
                    client.send(Operation.PIPELINE, "GET", "/ServiceProviderConfig", null, 200);
                }
            };
        }
    },

    /**
     * {@code userName eq} lookups of preloaded users, in the case the directory happens to
     * spell them in; each must find its user.
     */
    LOOKUP {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            if (plan.preloadedUsers() < 1) {
                throw new IllegalArgumentException("the lookup workload needs --users, the number preloaded");
            }
            return () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (phase.running()) {
                    String userName = "preloaded-" + (1 + random.nextInt(plan.preloadedUsers())) + "@bench.example";
                    if (random.nextBoolean()) {
                        userName = userName.toUpperCase(Locale.ROOT);
                    }
                    client.send(Operation.LOOKUP, "GET", Directory.lookupPath(userName), null, 200,
                            answer -> FOUND_ONE.matcher(answer).find());
                }
            };
        }
    },

    /** Creates only, with the password Okta sends, as in a first sync. */
    CREATE {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            return () -> {
                for (long n = 0; phase.running(); n++) {
                    String userName = "hire-" + plan.runId() + "-" + index + "-" + n + "@bench.example";
                    client.send(Operation.CREATE, "POST", "/Users", Directory.profile(userName, "Engineer", true), 201);
                }
            };
        }
    },

    /** Deactivates, one by one until none is left, users who each hold sessions and PATs. */
    OFFBOARDING {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            Queue<String> leavers = plan.leavers();
            return () -> {
                while (phase.running()) {
                    String id = leavers.poll();
                    if (id == null) {
                        phase.exhausted();
                        return;
                    }
                    client.send(Operation.OFFBOARD, "PATCH", "/Users/" + id, Directory.DEACTIVATION, 200);
                }
            };
        }
    },

    /**
     * Groups of 10, 10,000 and 100,000 members: one member added and removed, a group read
     * without and with its members, an initial sync. It runs phases of its own
     * ({@link GroupsBenchmark}) rather than one loop per client.
     */
    GROUPS {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            throw new IllegalStateException("the groups workload runs its own phases: GroupsBenchmark.run");
        }
    },

    /**
     * 1,000 user creates in one Bulk request against 1,000 single POSTs, one client, sequential.
     * It runs rounds of its own ({@link BulkBenchmark}).
     */
    BULK {
        @Override
        Runnable client(ScimClient client, int index, Phase phase, Plan plan) {
            throw new IllegalStateException("the bulk workload runs its own rounds: BulkBenchmark.run");
        }
    };

    private static final Pattern FOUND_ONE = Pattern.compile("\"totalResults\":1[,}]");

    abstract Runnable client(ScimClient client, int index, Phase phase, Plan plan);

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * What the workloads work on: a name for this run (new users are named after it), how many
     * users were preloaded as {@code preloaded-<1..n>@bench.example}, and the ids of the users to
     * offboard.
     */
    record Plan(String runId, int preloadedUsers, Queue<String> leavers) {
    }
}
