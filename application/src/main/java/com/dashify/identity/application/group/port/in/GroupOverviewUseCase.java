package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an Org Admin sees of the directory's groups in the console: each group with its number of
 * members and the role the tenant's mapping gives them, and the groups of the users listed.
 */
public interface GroupOverviewUseCase {

    /**
     * The first {@code limit} groups by name, with the total.
     *
     * @throws com.dashify.identity.application.common.port.in.AccessDeniedException when the actor
     *         may not manage the organisation
     */
    Page<GroupSummary> overview(Actor actor, int limit);

    /** The groups each of these users of the actor's tenant is a member of, for the same readers. */
    Map<UserId, List<GroupRef>> groupsOf(Actor actor, Collection<UserId> users);

    /** A group, how many members it has, and the role a membership gives (none when the mapping does not name it). */
    record GroupSummary(Group group, long members, Optional<Role> role) {

        public GroupSummary {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(role, "role");
        }
    }
}
