package com.dashify.identity.bootstrap;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail as the use cases see it: changes are recorded in the use case's transaction; a
 * refusal is held until that transaction has ended (it usually rolls back) and then written in
 * one of its own by {@link TransactionBoundary}. Writing it while the use case's transaction is
 * still open would hold a second connection per refused request, and a burst of refusals could
 * then take the whole pool.
 */
final class RefusalsAfterTransaction implements AuditTrail {

    /** The refusals of the use case running on this thread; null when none is running. */
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    private final AuditTrail store;

    RefusalsAfterTransaction(AuditTrail store) {
        this.store = store;
    }

    @Override
    public void record(AuditEntry entry) {
        store.record(entry);
    }

    @Override
    public void recordRefusal(AuditEntry entry) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            throw new IllegalStateException("a refusal is recorded from a use case, through its transaction boundary");
        }
        pending.add(() -> store.recordRefusal(entry));
    }

    /** Starts holding refusals, unless an outer use case on this thread already does; whether it started. */
    static boolean open() {
        if (PENDING.get() != null) {
            return false;
        }
        PENDING.set(new ArrayList<>());
        return true;
    }

    /** Stops holding refusals and hands over the writes of those recorded meanwhile. */
    static List<Runnable> close() {
        List<Runnable> pending = PENDING.get();
        PENDING.remove();
        return pending == null ? List.of() : pending;
    }
}
