package com.dashify.identity.bench;

import java.util.List;
import java.util.Map;

/**
 * What the groups workload measured: per preloaded group size, one member added and removed again
 * and the group read without its members; the largest group read whole, with the server's heap
 * meanwhile; and an Entra-shaped initial sync.
 *
 * @param clients       clients of the per-size phases, all on the same group
 * @param warmUpSeconds the unmeasured mix of every operation on every size before the phases
 * @param warmUpErrors  unexpected answers during that warm-up
 * @param sizes         per group size, smallest first
 * @param read          the largest group read whole; null when it was not run
 * @param sync          the initial sync; null when it was not run
 */
record GroupsResult(int clients, double warmUpSeconds, long warmUpErrors, List<Size> sizes, WholeRead read,
                    Sync sync) {

    /** One group size: the add-and-remove phase and the read-without-members phase. */
    record Size(int members, PhaseResult changes, PhaseResult get) {
    }

    /**
     * The group of {@code members} read whole {@code seconds.size()} times, each after a full
     * collection, the heap sampled by jstat meanwhile ({@code timed}: the largest growth of those
     * reads); then again while full collections are forced one after another, so that what the
     * server holds during a read shows ({@code forced}; those reads' times are not reported). Null
     * heap figures when the server's process was not given.
     */
    record WholeRead(int members, List<Double> seconds, long bytes, int membersRead, long errors,
                     HeapSampler.Growth timed, HeapSampler.Growth forced) {
    }

    /**
     * The sync: {@code users} created (each after a {@code userName} look-up), {@code groups}
     * created (each after a {@code displayName} look-up), then {@code memberships} added in PATCHes
     * of up to {@code batch} members, each user in {@code groupsPerUser} groups; by {@code clients}
     * clients; then every group read back to check its members ({@code verified}).
     */
    record Sync(int clients, int batch, int groupsPerUser, Stage users, Stage groups, Stage memberships,
                boolean verified) {

        long errors() {
            return users.errors() + groups.errors() + memberships.errors();
        }

        double seconds() {
            return users.seconds() + groups.seconds() + memberships.seconds();
        }
    }

    /**
     * One stage of the sync: {@code done} of {@code asked} objects (users, groups or memberships)
     * written in {@code seconds}, its requests by operation, the server's CPU seconds (NaN when
     * unknown).
     */
    record Stage(int asked, int done, double seconds, Map<Operation, OperationStats> operations, double cpuSeconds) {

        double perSecond() {
            return seconds <= 0 ? 0 : done / seconds;
        }

        long requests() {
            return operations.values().stream().mapToLong(OperationStats::count).sum();
        }

        /** Unexpected answers; an object not written counts as one too. */
        long errors() {
            return Math.max(operations.values().stream().mapToLong(OperationStats::errors).sum(), asked - done);
        }
    }
}
