package com.dashify.identity.domain.group;

import com.dashify.identity.domain.common.DomainException;

/** Another group of the tenant already has this display name, compared without regard to case. */
public final class GroupNameTakenException extends DomainException {

    public GroupNameTakenException(GroupName displayName) {
        super("displayName '" + displayName.value() + "' is already taken by another group of this tenant");
    }
}
