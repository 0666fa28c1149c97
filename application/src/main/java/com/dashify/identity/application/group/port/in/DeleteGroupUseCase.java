package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.group.GroupId;

/** Deletes a group with its memberships; every member whose role came from it gets the role left. */
public interface DeleteGroupUseCase {

    /**
     * @param expectedVersion the version the client last saw (an If-Match), or null
     * @throws GroupNotFoundException when the group does not exist in the actor's tenant
     * @throws com.dashify.identity.application.user.port.in.StaleVersionException when the group has moved on
     */
    void delete(Actor actor, GroupId groupId, Long expectedVersion, RequestContext request);
}
