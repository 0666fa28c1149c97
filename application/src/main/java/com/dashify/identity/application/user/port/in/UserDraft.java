package com.dashify.identity.application.user.port.in;

import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.Objects;

/**
 * The client-writable state of a user, as a client wants it to be.
 *
 * @param externalId may be null: the client keeps no identifier of its own
 * @param active     null when the client did not say: a new user is then active and an existing
 *                   one keeps its state (a replace that omits {@code active} must not deactivate)
 */
public record UserDraft(UserName userName, ExternalId externalId, Boolean active, UserProfile profile) {

    public UserDraft {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(profile, "profile");
    }

    /** The draft that describes a user as it is. */
    public static UserDraft of(User user) {
        return new UserDraft(user.userName(), user.externalId().orElse(null), user.isActive(), user.profile());
    }
}
