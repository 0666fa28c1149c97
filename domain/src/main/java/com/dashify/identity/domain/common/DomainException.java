package com.dashify.identity.domain.common;

/** A rule of the domain was broken; subclasses say which. Carries no transport detail. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
