package com.dashify.identity.domain.tenant;

import com.dashify.identity.domain.common.DomainException;

/** Another tenant already has this name. */
public final class TenantNameTakenException extends DomainException {

    public TenantNameTakenException(TenantName name) {
        super("a tenant named '" + name + "' already exists");
    }
}
