package com.dashify.identity.application.audit.port.out;

import java.util.ArrayList;
import java.util.List;

/** An audit trail that keeps entries in memory, and can be told to fail, for application tests. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void record(AuditEntry entry) {
        if (failing) {
            throw new IllegalStateException("audit store unavailable");
        }
        entries.add(entry);
    }

    @Override
    public synchronized void recordRefusal(AuditEntry entry) {
        record(entry);
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void failFromNowOn() {
        failing = true;
    }
}
