package com.dashify.identity.application.group.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/** Creates a group in the actor's tenant, with its first members, as a directory pushes one. */
public interface ProvisionGroupUseCase {

    /**
     * @throws com.dashify.identity.domain.group.GroupNameTakenException when the name is taken in the tenant
     * @throws com.dashify.identity.domain.common.InvalidValueException when a member is no live user of
     *         the tenant; nothing is created then
     */
    Group provision(ProvisionGroupCommand command);

    /** The group to create, on whose behalf, and from which request. */
    record ProvisionGroupCommand(Actor actor, GroupDraft draft, RequestContext request) {

        public ProvisionGroupCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(request, "request");
        }
    }

    /** A group as a client describes it: its name, the directory's id for it (or null), and its members. */
    record GroupDraft(GroupName displayName, ExternalId externalId, Set<UserId> members) {

        public GroupDraft {
            Objects.requireNonNull(displayName, "displayName");
            members = Set.copyOf(members);
        }
    }
}
