package com.dashify.identity.domain.group;

import java.time.Instant;

/** Something that happened to a group itself; membership changes are recorded one member at a time. */
public sealed interface GroupEvent {

    GroupId groupId();

    Instant occurredAt();

    /** What happened, named as the action that did it: the audit trail's action is {@code group.} followed by it. */
    String action();

    /** The group was created. */
    record Created(GroupId groupId, Instant occurredAt) implements GroupEvent {
        public String action() {
            return "create";
        }
    }

    /** The group has a new display name, which a role mapping may have matched by. */
    record Renamed(GroupId groupId, Instant occurredAt, GroupName from, GroupName to) implements GroupEvent {
        public String action() {
            return "rename";
        }
    }

    /** The directory's identifier of the group changed. */
    record ExternalIdChanged(GroupId groupId, Instant occurredAt) implements GroupEvent {
        public String action() {
            return "update";
        }
    }

    /** The group and its memberships are gone. */
    record Deleted(GroupId groupId, Instant occurredAt) implements GroupEvent {
        public String action() {
            return "delete";
        }
    }
}
