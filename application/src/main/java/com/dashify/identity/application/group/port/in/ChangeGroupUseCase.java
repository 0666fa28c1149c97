package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import java.util.Objects;

/**
 * Changes a group as a client asks (a SCIM PUT or PATCH), in one transaction, and with it the
 * role of every member whose role the change affects.
 */
public interface ChangeGroupUseCase {

    /**
     * @throws GroupNotFoundException when the group does not exist in the actor's tenant
     * @throws com.dashify.identity.application.user.port.in.StaleVersionException when
     *         {@code expectedVersion} is given and the group has moved on
     * @throws com.dashify.identity.domain.group.GroupNameTakenException when the new name is taken
     * @throws com.dashify.identity.domain.common.InvalidValueException when a new member is no live
     *         user of the tenant; nothing changes then
     */
    Group change(ChangeGroupCommand command);

    /**
     * @param expectedVersion the version the client last saw (an If-Match), or null for whatever is current
     */
    record ChangeGroupCommand(Actor actor, GroupId groupId, Long expectedVersion, GroupChange change,
                              RequestContext request) {

        public ChangeGroupCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(request, "request");
        }
    }
}
