package com.dashify.identity.application.audit.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.domain.audit.ChainVerifier.Break;

/** The audit chain does not verify where an operation needs it to, so the operation did not happen. */
public final class AuditChainBrokenException extends RefusedException {

    private final transient Break found;

    public AuditChainBrokenException(Break found) {
        super(Refusal.CONFLICT, "the audit chain breaks at link " + found.sequence() + " (" + found.reason() + ")");
        this.found = found;
    }

    public Break found() {
        return found;
    }
}
