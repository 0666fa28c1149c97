package com.dashify.identity.application.port.out;

/**
 * Where the record of every state change goes. Written in the transaction of the change: when
 * the record cannot be written, the change does not happen.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
