package com.dashify.identity.application.query;

import com.dashify.identity.domain.user.UserId;
import java.util.Objects;

/**
 * A member of a group as a reader sees it: the user, and what to show for them (their display
 * name, or their user name when they have none).
 */
public record GroupMember(UserId userId, String display) {

    public GroupMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(display, "display");
    }
}
