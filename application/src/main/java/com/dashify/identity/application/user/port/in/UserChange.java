package com.dashify.identity.application.user.port.in;

/**
 * A change a client asks for, computed from the user's current state inside the use case's
 * transaction. A full replace ignores the current draft; a partial modification edits it. Either
 * way the result goes through the user's lifecycle transitions, never straight into storage.
 */
@FunctionalInterface
public interface UserChange {

    /**
     * @throws com.dashify.identity.domain.common.DomainException (or an adapter's own runtime
     *         exception) when the change cannot apply; nothing is then changed
     */
    UserDraft applyTo(UserDraft current);
}
