package com.dashify.identity.application.audit.port.out;

/**
 * Where the record of every state change and every refused attempt that matters goes.
 */
public interface AuditTrail {

    /**
     * Records a change, in the transaction of the change: when the record cannot be written, the
     * change does not happen.
     */
    void record(AuditEntry entry);

    /**
     * Records a refused attempt so that the record stays although the attempt's transaction rolls
     * back: it is written once that transaction has ended, in a transaction of its own.
     */
    void recordRefusal(AuditEntry entry);
}
