package com.dashify.identity.application.common.port.in;

/** The caller is authenticated but not allowed this action by its token's scopes or its role. */
public final class AccessDeniedException extends RefusedException {

    public AccessDeniedException(String message) {
        super(Refusal.FORBIDDEN, message);
    }
}
