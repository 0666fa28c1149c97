package com.dashify.identity.application.user.port.in;

import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.Objects;

/**
 * The client-writable state of a user, as a client wants it to be, and what it asks for the
 * user's access.
 *
 * @param externalId may be null: the client keeps no identifier of its own
 * @param activation {@link Activation#UNCHANGED} when the client did not say: a new user is then
 *                   active and an existing one keeps its state (a replace that omits
 *                   {@code active} must not deactivate); {@link Activation#DEACTIVATE} creates a
 *                   new user inactive (a directory staging a hire)
 */
public record UserDraft(UserName userName, ExternalId externalId, Activation activation, UserProfile profile) {

    public UserDraft {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * The draft that describes a user's attributes as they are, and asks for nothing: a change
     * computed from it names a transition only when the client named one.
     */
    public static UserDraft of(User user) {
        return new UserDraft(user.userName(), user.externalId().orElse(null), Activation.UNCHANGED, user.profile());
    }
}
