package com.dashify.identity.application.tenant.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;

/** No tenant has this id. */
public final class TenantNotFoundException extends RefusedException {

    public TenantNotFoundException() {
        super(Refusal.NOT_FOUND, "tenant not found");
    }
}
