package com.dashify.identity.application.tenant.port.in;

/** No tenant has this id. */
public final class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException() {
        super("tenant not found");
    }
}
