package com.dashify.identity.application.audit.port.out;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/** The audit trail contract, held against the in-memory trail that application tests use. */
class InMemoryAuditTrailTest extends AuditTrailContract {

    private RecordingAuditTrail trail;

    @BeforeEach
    void freshTrail() {
        trail = new RecordingAuditTrail();
    }

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected AuditRecords records() {
        return trail;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
