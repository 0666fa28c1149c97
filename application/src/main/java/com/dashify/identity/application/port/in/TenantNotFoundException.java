package com.dashify.identity.application.port.in;

/** No tenant has this id. */
public final class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException() {
        super("tenant not found");
    }
}
