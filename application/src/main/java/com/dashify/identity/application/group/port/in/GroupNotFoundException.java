package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RefusedException;
import com.dashify.identity.domain.group.GroupId;

/** No such group in the caller's tenant; a group of another tenant is reported the same way. */
public final class GroupNotFoundException extends RefusedException {

    public GroupNotFoundException(GroupId id) {
        super(Refusal.NOT_FOUND, "group " + id + " not found");
    }
}
